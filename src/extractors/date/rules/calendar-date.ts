/**
 * Calendar dates written with a month name: `3 March 2024`, `March 3, 2024`, `Sept. 9`,
 * `Monday, June 3`, `February 2025`, `in January`, `April next year`. A month alone must follow a word that
 * introduces a time (`in`, `since`, `early` …): `May` the modal and `March` the verb do not.
 */
import { patternRule } from '../rule.js';
import { MONTH_RE, WEEKDAY_RE, monthNumber } from '../lexicon.js';
import { resolveMonth, resolveMonthDay } from '../resolve.js';
import { pad } from '../timex.js';

const BARE_MONTH_LEAD = /\b(?:the|in|since|until|till|by|from|to|through|between|and|or|of|early|late|mid|last|next|this|that|before|after|during|on|throughout)[\s-]+$/i;
const FULL_MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

export const calendarDate = patternRule(
  'calendar-date',
  new RegExp(
    `\\b(?:${WEEKDAY_RE},?\\s+)?(?:(?<dayBefore>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?(?<month>${MONTH_RE})(?![A-Za-z])(?:\\s+(?<dayAfter>\\d{1,2})(?:st|nd|rd|th)?(?!\\d|:\\d))?(?:,?\\s+(?:of\\s+)?(?<year>(?:1[6-9]|20)\\d\\d)(?![\\d%])|\\s+(?<relYear>last|this|next)\\s+year\\b)?`,
    'g',
  ),
  (g, ctx, start, end) => {
    const month = monthNumber(g.month ?? '');
    const dayText = g.dayBefore ?? g.dayAfter;
    const day = dayText ? Number(dayText) : undefined;
    if (day !== undefined && (day < 1 || day > 31)) return undefined;
    if (!dayText && !g.year) {
      if (!FULL_MONTH.test(g.month ?? '')) return undefined;
      if (!BARE_MONTH_LEAD.test(ctx.text.slice(Math.max(0, start - 20), start))) return undefined;
      if (/^\s+[A-Z]/.test(ctx.text.slice(end, end + 2)) ) return undefined;
    }
    if (g.relYear && ctx.ref) {
      const year = ctx.ref.getUTCFullYear() + ({ last: -1, this: 0, next: 1 } as Record<string, number>)[g.relYear];
      return { value: day ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`, type: 'DATE' };
    }
    if (g.year) return { value: day ? `${g.year}-${pad(month)}-${pad(day)}` : `${g.year}-${pad(month)}`, type: 'DATE' };
    ctx.yearFromRef.add(start);
    return { value: day ? resolveMonthDay(ctx, start, month, day) : resolveMonth(ctx, start, month), type: 'DATE' };
  },
);

/** The second day of `July 6 and 7`: same month as the first. */
export const followingDay = patternRule(
  'following-day',
  new RegExp(`(?=\\d)(?<=\\b(?<month>${MONTH_RE})\\s{1,3}\\d{1,2}(?:st|nd|rd|th)?\\s{0,3}(?:and|or|to|through|-|–)\\s{0,3})(?<day>\\d{1,2})(?:st|nd|rd|th)?(?![\\d:]|,?\\s+(?:1[6-9]|20)\\d\\d)`, 'g'),
  (g, ctx, start) => {
    const day = Number(g.day);
    if (day < 1 || day > 31) return undefined;
    return { value: resolveMonthDay(ctx, start, monthNumber(g.month ?? ''), day), type: 'DATE' };
  },
);

const STEP_WORDS: Record<string, -1 | 0 | 1> = { last: -1, this: 0, next: 1 };

/**
 * `last November`, `next April`, `this October`: the month named from the reference month (the
 * last one strictly before it, the next one strictly after it, the one in the reference year).
 * With a day (`last Oct. 23`) the calendar date alone is the expression.
 */
export const relativeMonth = patternRule(
  'relative-month',
  new RegExp(`\\b(?<rel>[Ll]ast|[Tt]his|[Nn]ext)\\s+(?<month>${MONTH_RE})(?![A-Za-z])(?!\\.?\\s+\\d)`, 'g'),
  (g, ctx) => {
    const month = monthNumber(g.month ?? '');
    if (!ctx.ref) return { value: `XXXX-${pad(month)}`, type: 'DATE' };
    const step = STEP_WORDS[(g.rel ?? '').toLowerCase()];
    const refMonth = ctx.ref.getUTCMonth() + 1;
    const year = ctx.ref.getUTCFullYear() + (step < 0 && month >= refMonth ? -1 : step > 0 && month <= refMonth ? 1 : 0);
    return { value: `${year}-${pad(month)}`, type: 'DATE' };
  },
);
