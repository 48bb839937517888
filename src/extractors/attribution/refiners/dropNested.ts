import type { Candidate } from '../candidate.js';

/** How far into indirect content a cue counts as the outer source's own words (`she said she thinks …`). */
const INDIRECT_HEAD = 30;

/**
 * Attributions are not nested: a cue inside a quotation (`“I believe …,” he said`) or at the
 * head of indirect content (`she said she thinks …`) is part of what the outer source said, and
 * is dropped. One sweep over contents sorted by start, keeping the two furthest reaches seen (a
 * content may hold its own cue, as in `…, he said, …`).
 */
export function dropNested(candidates: Candidate[]): Candidate[] {
  const reaches = candidates
    .map((c, i) => ({ i, start: c.fact.content?.start ?? Infinity, end: reach(c) }))
    .sort((a, b) => a.start - b.start);
  const cues = candidates.map((c, i) => ({ i, start: c.fact.cue?.start ?? c.fact.start, end: c.fact.cue?.end ?? c.fact.start })).sort((a, b) => a.start - b.start);
  const nested = new Set<number>();
  let next = 0;
  let best = { end: -1, i: -1 };
  let second = { end: -1, i: -1 };
  for (const cue of cues) {
    while (next < reaches.length && reaches[next].start <= cue.start) {
      const c = reaches[next++];
      if (c.end > best.end) [second, best] = [best, { end: c.end, i: c.i }];
      else if (c.end > second.end) second = { end: c.end, i: c.i };
    }
    const outer = best.i === cue.i ? second : best;
    if (outer.end >= cue.end) nested.add(cue.i);
  }
  return candidates.filter((_, i) => !nested.has(i));
}

/** The end of the stretch of content whose cues belong to this attribution. */
function reach(c: Candidate): number {
  const content = c.fact.content;
  if (!content) return -1;
  return c.fact.direct ? content.end : Math.min(content.end, content.start + INDIRECT_HEAD);
}
