/**
 * Dates: calendar expressions, relative expressions, durations and recurrences, normalised to
 * TIMEX3 and resolved against the document's reference date. Rules and refiners are listed in
 * configuration.ts.
 */
import type { ParsedDocument } from '../../document.js';
import type { DateFact } from '../../types.js';
import type { Draft, Extractor } from '../extractor.js';
import { DATE_REFINERS, DATE_RULES } from './configuration.js';
import { createContext } from './context.js';

export type DateDraft = Draft<DateFact>;

export function extractDates(doc: ParsedDocument): DateDraft[] {
  const ctx = createContext(doc);
  const found = DATE_RULES.flatMap((rule) => rule.find(ctx)).sort((a, b) => a.start - b.start);
  return DATE_REFINERS.reduce((drafts, refiner) => refiner.refine(ctx, drafts), found);
}

export const dateExtractor: Extractor<'date'> = {
  kind: 'date',
  extract: extractDates,
};
