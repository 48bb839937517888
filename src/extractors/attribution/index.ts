/**
 * Attributions: who said what. Rules find candidates — direct quotations with their speakers,
 * `according to`, and the readings of each reporting cue (passive, trailing, forward) — and
 * refiners keep one reading per cue and name the sources. The lists below are the whole
 * configuration, in order of precedence.
 */
import type { ParsedDocument } from '../../document.js';
import type { Extractor } from '../extractor.js';
import type { AttributionDraft, Candidate } from './candidate.js';
import { dropInsideQuotations } from './refiners/dropInsideQuotations.js';
import { dropNested } from './refiners/dropNested.js';
import { oneReadingPerCue } from './refiners/oneReadingPerCue.js';
import { shareSource } from './refiners/shareSource.js';
import { resolveSources } from './refiners/resolveSources.js';
import { accordingTo } from './rules/accordingTo.js';
import { forwardReading } from './rules/forward.js';
import { passiveReading } from './rules/passive.js';
import { quotedSpeech } from './rules/quotes.js';
import { speakerLabel } from './rules/speakerLabel.js';
import { trailingReading } from './rules/trailing.js';
import { findCues, type Cue } from './tokens.js';

/** Rules over the whole document. */
const DOCUMENT_RULES: ((doc: ParsedDocument) => Candidate[])[] = [quotedSpeech, speakerLabel, accordingTo];

/** Readings of one reporting cue; the first that fits is taken. */
const CUE_RULES: ((doc: ParsedDocument, cue: Cue) => Candidate | undefined)[] = [passiveReading, trailingReading, forwardReading];

/** Passes over all candidates, in order. */
const REFINERS: ((doc: ParsedDocument, candidates: Candidate[]) => Candidate[])[] = [
  (_doc, candidates) => oneReadingPerCue(candidates),
  dropNested,
  dropInsideQuotations,
  shareSource,
  resolveSources,
];

function extractAttributions(doc: ParsedDocument): AttributionDraft[] {
  let candidates = DOCUMENT_RULES.flatMap((rule) => rule(doc));
  for (const cue of findCues(doc)) {
    for (const rule of CUE_RULES) {
      const found = rule(doc, cue);
      if (found) {
        candidates.push(found);
        break;
      }
    }
  }
  for (const refine of REFINERS) candidates = refine(doc, candidates);
  return candidates.map((c) => c.fact);
}

export const attributionExtractor: Extractor<'attribution'> = {
  kind: 'attribution',
  extract: extractAttributions,
};
