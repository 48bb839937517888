/**
 * Weeks named by their place in a month: `the first week of February` (2025-W6), `the last week
 * of March`, `the week of May 10`. Convention: the Nth week of a month is the ISO week holding
 * day 7N-3 of it (so the ISO week holding most of days 7N-6 … 7N); the last week is the ISO week
 * holding the month's fourth-last day. Without a year, the month is anchored like a bare month.
 */
import { patternRule } from '../rule.js';
import { MONTH_RE, monthNumber } from '../lexicon.js';
import { resolveMonth, resolveMonthDay } from '../resolve.js';
import { formatWeek, makeDay, pad, parseDay } from '../timex.js';

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

export const weekOfMonth = patternRule(
  'week-of-month',
  new RegExp(`\\b(?:the\\s+)?(?<ordinal>first|second|third|fourth|last)\\s+week\\s+of\\s+(?<month>${MONTH_RE})(?:,?\\s+(?<year>(?:19|20)\\d\\d)(?!\\d))?`, 'gi'),
  (g, ctx, start) => {
    const month = monthNumber(g.month ?? '');
    const year = g.year ? Number(g.year) : Number(resolveMonth(ctx, start, month).slice(0, 4));
    if (!Number.isFinite(year)) return { value: `XXXX-${pad(month)}`, type: 'DATE' };
    const ordinal = (g.ordinal ?? '').toLowerCase();
    const day = ordinal === 'last' ? new Date(Date.UTC(year, month, 0)).getUTCDate() - 3 : 7 * ORDINALS[ordinal] - 3;
    return { value: formatWeek(makeDay(year, month, day)), type: 'DATE' };
  },
);

export const weekOfDay = patternRule(
  'week-of-day',
  new RegExp(`\\b(?:the\\s+)?week\\s+of\\s+(?<month>${MONTH_RE})\\s+(?<day>\\d{1,2})(?:,?\\s+(?<year>(?:19|20)\\d\\d))?(?!\\d)`, 'gi'),
  (g, ctx, start) => {
    const month = monthNumber(g.month ?? '');
    const iso = g.year ? `${g.year}-${pad(month)}-${pad(Number(g.day))}` : resolveMonthDay(ctx, start, month, Number(g.day));
    const day = parseDay(iso);
    return day ? { value: formatWeek(day), type: 'DATE' } : { value: iso, type: 'DATE' };
  },
);
