/**
 * Attributions: who said what. Rules find direct quotes with their speakers and indirect
 * speech around reporting cues; overlapping findings keep the direct reading.
 */
import type { ParsedDocument } from '../../document.js';
import type { AttributionFact } from '../../types.js';
import type { Draft, Extractor } from '../extractor.js';
import { findQuotations } from './quotes.js';
import { findReportedSpeech } from './reported.js';

export type AttributionDraft = Draft<AttributionFact>;

function extractAttributions(doc: ParsedDocument): AttributionDraft[] {
  const direct = findQuotations(doc);
  const indirect = findReportedSpeech(doc).filter(
    (a) => !direct.some((d) => d.content && a.content && d.content.start < a.content.end && a.content.start < d.content.end),
  );
  return [...direct, ...indirect];
}

export const attributionExtractor: Extractor<'attribution'> = {
  kind: 'attribution',
  extract: extractAttributions,
};
