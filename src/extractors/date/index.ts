/**
 * Dates: calendar expressions, relative expressions and durations, normalised to TIMEX3 and
 * resolved against the document's reference date.
 */
import type { ParsedDocument } from '../../document.js';
import type { DateFact } from '../../types.js';
import type { Draft, Extractor } from '../extractor.js';
import { DATE_RULES } from './rules.js';
import { dropOverlaps } from '../../spans.js';

export type DateDraft = Draft<DateFact>;

function extractDates(doc: ParsedDocument): DateDraft[] {
  const found = DATE_RULES.flatMap((rule) => rule(doc.text, doc.refDate));
  return dropOverlaps(found);
}

export const dateExtractor: Extractor<'date'> = {
  kind: 'date',
  extract: extractDates,
};
