/**
 * A year on its own where it is used as a time: `in 2014`, `the 2022 operation`, `fiscal 2024`.
 * Not a count (`2000 people`, `1,999`, `2014%`), money (`$2014`) or an age (`2014-year`).
 */
import { patternRule } from '../rule.js';

const NOT_TIME_BEFORE = /(?:[$€£#]|\bNo\.|\bnumber|\d[,.])\s*$/i;
/** `the 1992 protests`, `its 2014 report`: a year modifying a noun. */
const AS_MODIFIER = /\b(?:the|its|their|his|her|our|this|that)\s+(?:(?:post|pre|mid)-)?$/i;
const COUNTED_NOUN = /^\s+(?!(?:and|or|to|through|when|while|until|after|before|as|in|on|at|for|the|a|an|that|with|by|from|was|were|is|are|had|has|will|would)\b)[a-z]+s\b/;

export const year = patternRule(
  'year',
  /\b(?:(?<lead>post|pre|mid)-)?(?<year>1[6-9]\d\d|20\d\d)(?![\d,.]?\d|\s*(?:%|percent|per cent)|s\b|'s\b|-year|-?\d)/g,
  (g, ctx, start, end) => {
    const before = ctx.text.slice(Math.max(0, start - 12), start);
    if (NOT_TIME_BEFORE.test(before)) return undefined;
    if (!AS_MODIFIER.test(before) && COUNTED_NOUN.test(ctx.text.slice(end, end + 24))) return undefined;
    return { value: g.year ?? '', type: 'DATE', mod: g.lead === 'mid' ? 'MID' : undefined };
  },
);
