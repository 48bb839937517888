/** Holidays with a fixed or computable date: `Christmas`, `New Year's Day`, `Thanksgiving`, `Easter`, `Election Day`; `Easter week` is its ISO week. */
import { patternRule } from '../rule.js';
import { chooseAround } from '../resolve.js';
import { addDays, daysBetween, formatDay, formatWeek, makeDay, type Day } from '../timex.js';
import type { DateContext } from '../context.js';

type DayOfYear = (year: number) => Day;

/** The nth given weekday (0 = Sunday) of a month. */
const nthWeekday = (month: number, weekday: number, n: number): DayOfYear => (year) => {
  const first = makeDay(year, month, 1);
  return addDays(first, ((weekday - first.getUTCDay() + 7) % 7) + 7 * (n - 1));
};

/** Western Easter Sunday (anonymous Gregorian computus). */
function easter(year: number): Day {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return makeDay(year, month, ((h + l - 7 * m + 114) % 31) + 1);
}

const HOLIDAYS: Record<string, DayOfYear> = {
  'christmas eve': (y) => makeDay(y, 12, 24),
  christmas: (y) => makeDay(y, 12, 25),
  "new year's eve": (y) => makeDay(y, 12, 31),
  "new year's": (y) => makeDay(y, 1, 1),
  "valentine's": (y) => makeDay(y, 2, 14),
  halloween: (y) => makeDay(y, 10, 31),
  thanksgiving: nthWeekday(11, 4, 4),
  easter,
  'election': (y) => addDays(nthWeekday(11, 1, 1)(y), 1),
};

export const holiday = patternRule(
  'holiday',
  /\b(?:(?<rel>last|this|next)\s+)?(?<name>Christmas Eve|Christmas|New Year['’]s Eve|New Year['’]s|Valentine['’]s|Halloween|Thanksgiving|Easter|Election)(?:(?<day>\s+Day)|(?<week>\s+week))?(?:,?\s+(?<year>(?:19|20)\d\d)(?!\d))?\b/g,
  (g, ctx, start) => {
    const name = (g.name ?? '').toLowerCase().replace('’', "'");
    if ((name === 'election' || name === "new year's" || name === "valentine's") && !g.day) return undefined;
    const dayOf = HOLIDAYS[name];
    const format = g.week ? formatWeek : formatDay;
    if (g.year) return { value: format(dayOf(Number(g.year))), type: 'DATE' };
    if (!ctx.ref) return { value: g.week ? 'XXXX-WXX' : 'XXXX-XX-XX', type: 'DATE' };
    return { value: format(nearest(ctx, start, dayOf, g.rel?.toLowerCase())), type: 'DATE' };
  },
);

function nearest(ctx: DateContext, offset: number, dayOf: DayOfYear, rel?: string): Day {
  const ref = ctx.ref as Day;
  const year = ref.getUTCFullYear();
  const same = dayOf(year);
  const before = same <= ref ? same : dayOf(year - 1);
  const after = same > ref ? same : dayOf(year + 1);
  if (rel === 'last') return before;
  if (rel === 'next') return after;
  return chooseAround(ctx, offset, before, after, daysBetween(before, ref), daysBetween(ref, after));
}
