import type { Candidate } from '../candidate.js';

/** Of candidates that overlap, keep the longer (the earlier on ties); one pass over candidates sorted by start. */
export function dropOverlapping(_text: string, found: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const c of found) {
    const last = kept[kept.length - 1];
    if (!last || c.start >= last.end) kept.push(c);
    else if (c.end - c.start > last.end - last.start) kept[kept.length - 1] = c;
  }
  return kept;
}
