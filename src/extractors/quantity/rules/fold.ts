import type { Candidate } from '../candidate.js';
import { SCALES, TEENS, TENS, UNITS } from '../lexicon.js';

const WORDS: Record<string, number> = { ...UNITS, ...TEENS, ...TENS, hundred: 100, ...SCALES };
const FOLD = new RegExp(String.raw`\b(?<times>${Object.keys(WORDS).join('|')})-?fold\b`, 'gi');

/** `sixfold`, `ten-fold`: a multiple, valued as the number of times. */
export function foldRule(text: string): Candidate[] {
  return [...text.matchAll(FOLD)].map((match) => {
    const start = match.index ?? 0;
    return {
      kind: 'quantity', start, end: start + match[0].length, text: match[0], value: WORDS[(match.groups?.times ?? '').toLowerCase()],
      unit: 'times', meta: { wordy: true, plainInteger: false },
    };
  });
}
