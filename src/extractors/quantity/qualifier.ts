import type { Qualifier } from '../../types.js';
import type { QuantityDraft } from './index.js';

const QUALIFIERS: [RegExp, Qualifier][] = [
  [/\b(?:about|approximately|around|roughly|some|nearly|almost|estimated|an estimated|close to)\s*["“]?$/i, '~'],
  [/\b(?:up to|at most|no more than|as many as)\s*["“]?$/i, '<='],
  [/\b(?:more than|over|upwards of|above|exceeding)\s*["“]?$/i, '>'],
  [/\bat least\s*["“]?$/i, '>='],
  [/\b(?:fewer than|less than|under|below)\s*["“]?$/i, '<'],
];

/** Words such as `about` or `up to` just before the number become its qualifier; the value stays bare. */
export function attachQualifier(text: string, q: QuantityDraft): QuantityDraft {
  const before = text.slice(Math.max(0, q.start - 24), q.start);
  for (const [pattern, qualifier] of QUALIFIERS) {
    if (pattern.test(before)) return { ...q, qualifier };
  }
  return q;
}
