import type { Candidate } from '../candidate.js';

const LOWER = new Set(['>', '>=']);
const UPPER = new Set(['<', '<=']);
/** What may stand between the two bounds once their qualifiers are read: `and`, a comma. */
const BETWEEN = /^\s*(?:,\s*)?(?:and|but)?\s*[\p{L} ]*$/iu;

/** `more than 100 and less than 300`, `no more than 50 and no less than 20`: two bounds that close one range. */
export function mergeBounds(text: string, found: Candidate[]): Candidate[] {
  const merged: Candidate[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i];
    const b = found[i + 1];
    const closes = b && typeof a.value === 'number' && typeof b.value === 'number' && a.qualifier && b.qualifier &&
      ((LOWER.has(a.qualifier) && UPPER.has(b.qualifier) && a.value < b.value) || (UPPER.has(a.qualifier) && LOWER.has(b.qualifier) && b.value < a.value));
    if (!closes || !BETWEEN.test(text.slice(a.end, b.start)) || b.start - a.end > 40) {
      merged.push(a);
      continue;
    }
    const [low, high] = [Math.min(a.value as number, b.value as number), Math.max(a.value as number, b.value as number)];
    merged.push({ ...a, end: b.end, text: text.slice(a.start, b.end), value: { low, high }, qualifier: undefined, unit: a.unit ?? b.unit, currency: a.currency ?? b.currency });
    i++;
  }
  return merged;
}
