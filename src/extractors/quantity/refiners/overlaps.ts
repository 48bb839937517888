import { dropOverlaps } from '../../../spans.js';
import type { Candidate } from '../candidate.js';

/** Of candidates that overlap, keep the longer (the earlier on ties). */
export function dropOverlapping(_text: string, found: Candidate[]): Candidate[] {
  return dropOverlaps(found);
}
