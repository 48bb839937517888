/** Days named from the reference: `today`, `yesterday`, `tomorrow`, `tonight`, `this morning`, `last night` (the day, as for weekdays). */
import { patternRule } from '../rule.js';
import { addDays, formatDay } from '../timex.js';
import { PART_OF_DAY_RE } from './weekday.js';

const OFFSETS: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1, this: 0, last: -1 };

export const deictic = patternRule(
  'deictic',
  new RegExp(`\\b(?:(?<word>today|tonight|yesterday|tomorrow)(?:\\s+${PART_OF_DAY_RE})?|(?<this>this)\\s+${PART_OF_DAY_RE}|(?<last>last)\\s+night)\\b`, 'gi'),
  (g, ctx) => {
    const word = (g.word ?? g.this ?? g.last ?? '').toLowerCase();
    if (!ctx.ref) return { value: word === 'today' ? 'PRESENT_REF' : 'XXXX-XX-XX', type: 'DATE' };
    return { value: formatDay(addDays(ctx.ref, OFFSETS[word] ?? 0)), type: 'DATE' };
  },
);
