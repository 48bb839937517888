/** Recurring times (TIMEX3 SET): `daily` (P1D), `every week` (P1W), `annually`, `twice a year`, `each month`. */
import { patternRule } from '../rule.js';
import { UNIT_RE, unitOf } from '../lexicon.js';
import { formatDuration } from '../timex.js';

const ADVERBS: Record<string, string> = { hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', monthly: 'P1M', quarterly: 'P3M', annually: 'P1Y', yearly: 'P1Y' };

/** `daily`, `weekly`; not the paper in `the state daily Izvestia`, nor a title (`News Daily`). */
export const setAdverb = patternRule('set-adverb', /\b(?<word>hourly|daily|nightly|weekly|monthly|quarterly|annually|yearly)\b/gi, (g, ctx, start, end) => {
  if (/^\s+[A-Z]/.test(ctx.text.slice(end, end + 2))) return undefined;
  if (/^[A-Z]/.test(g.word ?? '') && /[A-Z]\w*\s+$/.test(ctx.text.slice(Math.max(0, start - 20), start))) return undefined;
  return { value: ADVERBS[(g.word ?? '').toLowerCase()], type: 'SET' };
});

export const everyUnit = patternRule(
  'every-unit',
  new RegExp(`\\b(?:every|each|per)\\s+(?:(?<other>other)\\s+)?(?<unit>${UNIT_RE})\\b`, 'gi'),
  (g) => {
    const unit = unitOf(g.unit ?? '');
    return unit ? { value: formatDuration(g.other ? 2 : 1, unit), type: 'SET' } : undefined;
  },
);

/** `twice a year`, `three times a week`, `12 hours a day`: the unit is the period of a frequency. */
export const frequency = patternRule(
  'frequency',
  new RegExp(`(?<=\\b(?:once|twice|times|hours|days)\\s)an?\\s+(?<unit>${UNIT_RE})\\b`, 'gi'),
  (g) => {
    const unit = unitOf(g.unit ?? '');
    return unit ? { value: formatDuration(1, unit), type: 'SET' } : undefined;
  },
);
