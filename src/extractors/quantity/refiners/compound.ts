import type { Candidate } from '../candidate.js';

/** `5 feet 2 inches`, `12 ft 2 in`: feet and inches add up, in feet. */
const FEET_INCHES = /^\s*(?:feet|foot|ft\.?)\s*(?:and\s+)?$/i;
const INCHES_AFTER = /^\s*(?:inch(?:es)?|in\b\.?)/i;
/** `13 dollars and 45 cents`, `15 dollars 50`, `17 USD 25`: the small units add up, in the main one. */
const MAIN_UNIT = /^\s*(?:dollars?|euros?|pounds?|usd|eur|gbp)\s*(?:and\s+)?$/i;

/** `one over three`, `1 in 5`, `one out of three`: a fraction spelt out (the first the smaller). */
const OVER = /^\s+(?:over|out\s+of|in)\s+$/i;
const isWholeNumber = (c: Candidate) => typeof c.value === 'number' && Number.isInteger(c.value) && !c.currency && !c.meta.percent && !c.unit;

function joinCompound(text: string, a: Candidate, value: number, end: number): Candidate {
  return { ...a, end, text: text.slice(a.start, end), value };
}

/** Quantities written in two units, one the fraction of the other, become one. */
export function mergeCompoundUnits(text: string, found: Candidate[]): Candidate[] {
  const merged: Candidate[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i];
    const b = found[i + 1];
    if (b && typeof a.value === 'number' && typeof b.value === 'number' && !b.currency) {
      const gap = text.slice(a.end, b.start);
      const after = text.slice(b.end, b.end + 8);
      const inches = FEET_INCHES.test(gap) && INCHES_AFTER.exec(after);
      if (inches && b.value < 12) {
        merged.push(joinCompound(text, a, a.value + b.value / 12, b.end + inches[0].length));
        i++;
        continue;
      }
      const cents = /^\s*cents?\b/i.exec(after) ?? (/^\s*[a-z]{4,}/i.test(gap) ? /^(?=\s*(?:[.,;!?)]|$))/.exec(after) : null);
      if (MAIN_UNIT.test(gap) && cents && b.value < 100 && Number.isInteger(b.value)) {
        merged.push(joinCompound(text, a, a.value + b.value / 100, b.end + cents[0].length));
        i++;
        continue;
      }
      if (OVER.test(gap) && isWholeNumber(a) && isWholeNumber(b) && Math.abs(a.value) < b.value && b.value < 1000) {
        merged.push(joinCompound(text, a, a.value / b.value, b.end));
        i++;
        continue;
      }
    }
    merged.push(a);
  }
  return merged;
}
