/** Quarters and halves of a year: `Q3 2024`, `the third quarter`, `the first half of 2025`, `fiscal Q1`. */
import { patternRule } from '../rule.js';

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };

export const quarter = patternRule(
  'quarter',
  /\b(?:Q(?<q>[1-4])|(?<ordinal>first|second|third|fourth|last|1st|2nd|3rd|4th)[\s-](?<part>quarter|half))(?:(?:\s+of)?,?\s+(?:(?:fiscal|FY)\s*)?(?<year>(?:19|20)\d\d))?\b/gi,
  (g, ctx) => {
    const year = g.year ?? (ctx.ref ? String(ctx.ref.getUTCFullYear()) : 'XXXX');
    if (g.q) return { value: `${year}-Q${g.q}`, type: 'DATE' };
    const n = ORDINALS[(g.ordinal ?? '').toLowerCase()];
    if (g.part?.toLowerCase() === 'half') return n <= 2 ? { value: `${year}-H${n === 4 ? 2 : n}`, type: 'DATE' } : undefined;
    return { value: `${year}-Q${n}`, type: 'DATE' };
  },
);
