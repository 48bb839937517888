/**
 * Weekdays, anchored to the reference week: `Friday` (the Friday before the reference in a
 * past-tense clause, after it in a future one), `last Wednesday`, `next Monday`, `Thursday morning`.
 * `Sundays` is every Sunday (SET). A possessive stays outside the span (`Friday` in `Friday's vote`), as TimeBank marks it.
 * `Sunday Times` names a newspaper, not a day.
 *
 * A part of the day stays in the span but not in the value (`Thursday night` = 2021-06-10, DATE):
 * TimeBank annotates it both ways, mostly without, and then hesitates between TEV and TNI.
 */
import { patternRule } from '../rule.js';
import { MONTH_RE, WEEKDAY_RE, weekdayNumber } from '../lexicon.js';
import { resolveWeekday } from '../resolve.js';
import { addDays, formatDay, parseDay } from '../timex.js';

export const PART_OF_DAY_RE = '(?:morning|afternoon|evening|night)';

export const weekday = patternRule(
  'weekday',
  new RegExp(`\\b(?:(?<rel>last|next|this|coming|past)\\s+)?(?<weekday>${WEEKDAY_RE})(?<plural>s)?(?![a-z])(?:\\s+${PART_OF_DAY_RE})?(?!\\s+(?!${MONTH_RE})[A-Z])`, 'g'),
  (g, ctx, start) => {
    const day = weekdayNumber(g.weekday ?? '');
    // `on Sundays`: every Sunday.
    if (g.plural) return { value: `XXXX-WXX-${day || 7}`, type: 'SET' };
    const rel = g.rel?.toLowerCase();
    let value = resolveWeekday(ctx, start, day);
    const resolved = parseDay(value);
    if (resolved && ctx.ref) {
      if (rel === 'last' || rel === 'past') value = formatDay(resolved >= ctx.ref ? addDays(resolved, -7) : resolved);
      if (rel === 'next' || rel === 'coming') value = formatDay(resolved <= ctx.ref ? addDays(resolved, 7) : resolved);
    }
    return { value, type: 'DATE' };
  },
);
