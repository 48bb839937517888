import { sentenceAt, type ParsedDocument } from '../../../document.js';
import type { Candidate } from '../candidate.js';
import { SHARED } from '../rules/forward.js';

/**
 * A participle or coordinated cue (`“…,” said Devine, suggesting …`, `she said, adding …`) has
 * the source of the attribution just before it in the same sentence, where there is one.
 */
export function shareSource(doc: ParsedDocument, candidates: Candidate[]): Candidate[] {
  const ordered = candidates.map((c, i) => ({ c, i, at: c.fact.cue?.start ?? c.fact.start })).sort((a, b) => a.at - b.at);
  const shared = [...candidates];
  let previous: { c: Candidate; sentence: number } | undefined;
  for (const { c, i, at } of ordered) {
    const sentence = sentenceAt(doc, at);
    const before = previous && previous.sentence === sentence ? previous.c.fact.source : undefined;
    if (c.rule === SHARED && before) shared[i] = { ...c, fact: { ...c.fact, source: before } };
    previous = { c: shared[i], sentence };
  }
  return shared;
}
