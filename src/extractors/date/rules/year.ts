/**
 * A year on its own where it is used as a time: `in 2014`, `the 2022 operation`, `fiscal 2024`.
 * Not a count (`2000 people`, `1,999`, `2014%`), money (`$2014`) or an age (`2014-year`).
 */
import { tokenIndexAt } from '../../../document.js';
import type { DateContext } from '../context.js';
import { patternRule } from '../rule.js';

/** Money, a numbered item, or digits run on by a separator (`1,999`); `1994, 1995` is a list of years. */
const NOT_TIME_BEFORE = /(?:(?:[$€£#]|\bNo\.|\bnumber)\s*|\d[,.])$/i;
/** `the 2016 protests`, `its 2014 report`: a year modifying a noun. */
const AS_MODIFIER = /\b(?:the|its|their|his|her|our|this|that)\s+(?:(?:post|pre|mid)-)?$/i;

export const year = patternRule(
  'year',
  /\b(?:(?<lead>post|pre|mid)-)?(?<year>1[6-9]\d\d|20\d\d)(?![\d,.]?\d|\s*(?:%|percent|per cent)|s\b|'s\b|-year|-?\d)/g,
  (g, ctx, start, end) => {
    const before = ctx.text.slice(Math.max(0, start - 12), start);
    if (NOT_TIME_BEFORE.test(before)) return undefined;
    if (!g.lead && !AS_MODIFIER.test(before) && countsNextNoun(ctx, end)) return undefined;
    return { value: g.year ?? '', type: 'DATE', mod: g.lead === 'mid' ? 'MID' : undefined };
  },
);

/** `2000 people`: the number is followed directly by a plural noun it counts. */
function countsNextNoun(ctx: DateContext, end: number): boolean {
  const next = ctx.doc.tokens[tokenIndexAt(ctx.doc, end)];
  return !!next && /^\s+$/.test(ctx.text.slice(end, next.start)) && next.tags.has('Plural');
}
