/**
 * Quantities: numbers in digits or words, ranges, qualifiers and what they count.
 * Candidates come from the number grammar; refiners merge ranges, attach qualifiers and
 * units, and drop numbers that are really dates, ordinals or parts of names.
 */
import type { ParsedDocument } from '../../document.js';
import type { Extractor, Draft } from '../extractor.js';
import type { QuantityFact } from '../../types.js';
import { findNumbers } from './numbers.js';
import { attachQualifier } from './qualifier.js';
import { attachUnit } from './unit.js';
import { mergeRanges } from './range.js';
import { isTimeNotQuantity } from './filters.js';

export type QuantityDraft = Draft<QuantityFact>;

function extractQuantities(doc: ParsedDocument): QuantityDraft[] {
  let found = findNumbers(doc.text);
  found = found.filter((q) => !isTimeNotQuantity(doc.text, q));
  found = mergeRanges(doc.text, found);
  return found.map((q) => attachUnit(doc, attachQualifier(doc.text, q)));
}

export const quantityExtractor: Extractor<'quantity'> = {
  kind: 'quantity',
  extract: extractQuantities,
};
