import { respan, type Candidate } from '../candidate.js';

const NEGATIVE_WORD = /\b(?:minus|negative)\s+$/i;

/** `minus 387`, `negative one`: the word joins the span and turns the value negative. */
export function attachNegativeWord(text: string, found: Candidate[]): Candidate[] {
  return found.map((c) => {
    const match = NEGATIVE_WORD.exec(text.slice(Math.max(0, c.start - 10), c.start));
    if (!match || typeof c.value !== 'number') return c;
    return { ...respan(text, c, c.start - match[0].length, c.end), value: -c.value };
  });
}
