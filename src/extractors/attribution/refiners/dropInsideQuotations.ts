import type { ParsedDocument } from '../../../document.js';
import type { Candidate } from '../candidate.js';
import { findQuotations } from '../rules/quotes.js';

/** A quotation of at least this many words is someone's speech, even where its speaker was not found. */
const SPEECH_WORDS = 4;

/**
 * Indirect readings of a cue inside a quotation (`“… I think we should go …”`) are the quoted
 * speaker's words, not an attribution of their own; they are dropped. One sweep over cues and
 * quotations, both in text order.
 */
export function dropInsideQuotations(doc: ParsedDocument, candidates: Candidate[]): Candidate[] {
  const quotations = findQuotations(doc.text).filter((q) => doc.text.slice(q.start, q.end).split(/\s+/).length >= SPEECH_WORDS);
  const order = candidates.map((c, i) => ({ i, at: c.fact.cue?.start ?? c.fact.start })).sort((a, b) => a.at - b.at);
  const inside = new Set<number>();
  let q = 0;
  for (const { i, at } of order) {
    while (q < quotations.length && quotations[q].end <= at) q++;
    const quotation = quotations[q];
    if (quotation && quotation.start < at && !candidates[i].fact.direct) inside.add(i);
  }
  return candidates.filter((_, i) => !inside.has(i));
}
