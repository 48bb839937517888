/**
 * Quantities: numbers in digits or words, ranges, qualifiers, money, percentages, measures
 * and what they count. Rules find number candidates; refiners, in the order listed, attach
 * what surrounds them and drop numbers that are really dates, times, ordinals or names.
 */
import { tokenIndexAt, type ParsedDocument } from '../../document.js';
import type { Extractor } from '../extractor.js';
import { toDraft, type Candidate, type QuantityDraft, type RefineContext, type Refiner, type Rule } from './candidate.js';
import { numbersRule } from './rules/numbers.js';
import { vagueRule } from './rules/vague.js';
import { foldRule } from './rules/fold.js';
import { attachCurrency, applyScaleSuffix } from './refiners/money.js';
import { attachNegativeWord } from './refiners/sign.js';
import { attachPercent } from './refiners/percent.js';
import { dropNonQuantities } from './refiners/filters.js';
import { mergeRanges } from './refiners/range.js';
import { attachQualifier } from './refiners/qualifier.js';
import { attachUnit } from './refiners/unit.js';
import { dropOverlapping } from './refiners/overlaps.js';
import { mergeBounds } from './refiners/bounds.js';
import { mergeCompoundUnits } from './refiners/compound.js';

export type { QuantityDraft } from './candidate.js';

/** Rules that find candidates. */
export const RULES: readonly Rule[] = [numbersRule, vagueRule, foldRule];

/** Refiners, in the order they run. */
export const REFINERS: readonly Refiner[] = [
  dropOverlapping,
  attachCurrency,
  applyScaleSuffix,
  attachNegativeWord,
  attachPercent,
  mergeCompoundUnits,
  mergeRanges,
  dropNonQuantities,
  attachQualifier,
  mergeBounds,
  attachUnit,
];

/** Run the rules and refiners over a text; `context` gives refiners the shared parse. */
export function findQuantities(text: string, context: RefineContext): QuantityDraft[] {
  let found: Candidate[] = RULES.flatMap((rule) => rule(text)).sort((a, b) => a.start - b.start || b.end - a.end);
  for (const refine of REFINERS) found = refine(text, found, context);
  return found.map(toDraft);
}

function extractQuantities(doc: ParsedDocument): QuantityDraft[] {
  const context: RefineContext = {
    tokensFrom: (offset, count) => {
      const from = tokenIndexAt(doc, offset);
      return doc.tokens.slice(from, from + count);
    },
  };
  return findQuantities(doc.text, context);
}

export const quantityExtractor: Extractor<'quantity'> = {
  kind: 'quantity',
  extract: extractQuantities,
};
