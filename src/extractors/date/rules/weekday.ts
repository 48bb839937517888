/**
 * Weekdays, anchored to the reference week: `Friday` (the Friday before the reference in a
 * past-tense clause, after it in a future one), `last Wednesday`, `next Monday`, `Friday's`,
 * `Thursday morning` (a TIME: 1998-10-07TMO). `Sunday Times` names a newspaper, not a day.
 */
import { patternRule } from '../rule.js';
import { MONTH_RE, WEEKDAY_RE, weekdayNumber } from '../lexicon.js';
import { resolveWeekday } from '../resolve.js';
import { addDays, formatDay, parseDay } from '../timex.js';

export const PART_OF_DAY: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };
export const PART_OF_DAY_RE = '(?:morning|afternoon|evening|night)';

export const weekday = patternRule(
  'weekday',
  new RegExp(`\\b(?:(?<rel>last|next|this|coming|past)\\s+)?(?<weekday>${WEEKDAY_RE})(?:['’]s)?(?:\\s+(?<part>${PART_OF_DAY_RE}))?(?!\\s+(?!${MONTH_RE})[A-Z])`, 'g'),
  (g, ctx, start) => {
    const day = weekdayNumber(g.weekday ?? '');
    const rel = g.rel?.toLowerCase();
    let value = resolveWeekday(ctx, start, day);
    const resolved = parseDay(value);
    if (resolved && ctx.ref) {
      if (rel === 'last' || rel === 'past') value = formatDay(resolved >= ctx.ref ? addDays(resolved, -7) : resolved);
      if (rel === 'next' || rel === 'coming') value = formatDay(resolved <= ctx.ref ? addDays(resolved, 7) : resolved);
    }
    if (g.part) return { value: `${value}T${PART_OF_DAY[g.part.toLowerCase()]}`, type: 'TIME' };
    return { value, type: 'DATE' };
  },
);
