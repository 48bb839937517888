import type { Candidate } from '../candidate.js';

/**
 * One attribution per cue: where rules read the same cue twice, the earlier rule in the list
 * wins (direct speech before the indirect readings of its reporting clause).
 */
export function oneReadingPerCue(candidates: Candidate[]): Candidate[] {
  const seen = new Set<number>();
  return candidates.filter((c) => {
    if (seen.has(c.cueToken)) return false;
    seen.add(c.cueToken);
    return true;
  });
}
