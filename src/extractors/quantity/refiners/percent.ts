import { respan, type Candidate } from '../candidate.js';

const SIGN = /^\s?%/;
const WORD = /^\s?(?:per\s?cent|percent(?:age)?s?|pct|pc)\b/i;
const PERCENT_OF = /\b(?:per\s?cent|percent(?:age)?s?)\s+of\s+$/i;

/** `40%` (sign kept in the span), `40 per cent`, `40 percent` (word left out): value 40, unit `%`. */
export function attachPercent(text: string, found: Candidate[]): Candidate[] {
  return found.map((c) => {
    const after = text.slice(c.end, c.end + 12);
    const sign = SIGN.exec(after);
    if (sign) return { ...respan(text, c, c.start, c.end + sign[0].length), unit: '%', meta: { ...c.meta, percent: true } };
    if (WORD.test(after) || PERCENT_OF.test(text.slice(Math.max(0, c.start - 20), c.start))) return { ...c, unit: '%', meta: { ...c.meta, percent: true } };
    return c;
  });
}
