/**
 * Anchoring expressions that name a day or month without its year (`Friday`, `Dec. 12`, `April`)
 * to the reference date. Of the occurrence before and the one after the reference, the tense of
 * the clause picks one; without a tense, the nearer one.
 */
import type { DateContext } from './context.js';
import { addDays, daysBetween, formatDay, formatMonth, makeDay, pad } from './timex.js';

/** News looks back more often than ahead: without a tense, the later date must be this much nearer to win. */
const PAST_BIAS = 1.5;
/** Tense yields to distance when the other reading is this many times nearer (`she missed the March 3 deadline`, written on March 1). */
const TENSE_LIMIT = 8;

export function chooseAround<T>(ctx: DateContext, offset: number, before: T, after: T, distanceBefore: number, distanceAfter: number): T {
  const tense = ctx.tenseAt(offset);
  if (tense === 'past' && distanceBefore <= TENSE_LIMIT * distanceAfter) return before;
  if (tense === 'future' && distanceAfter <= TENSE_LIMIT * distanceBefore) return after;
  return distanceBefore <= PAST_BIAS * distanceAfter ? before : after;
}

/** `Dec. 12` → the nearest 12 December around the reference, as tense allows. */
export function resolveMonthDay(ctx: DateContext, offset: number, month: number, date: number): string {
  const ref = ctx.ref;
  if (!ref) return `XXXX-${pad(month)}-${pad(date)}`;
  const year = ref.getUTCFullYear();
  const same = makeDay(year, month, date);
  if (daysBetween(same, ref) === 0) return formatDay(same);
  const before = same < ref ? same : makeDay(year - 1, month, date);
  const after = same > ref ? same : makeDay(year + 1, month, date);
  return formatDay(chooseAround(ctx, offset, before, after, daysBetween(before, ref), daysBetween(ref, after)));
}

/** `April` → the April before or after the reference month, as tense says or the nearer; the reference month itself. */
export function resolveMonth(ctx: DateContext, offset: number, month: number): string {
  const ref = ctx.ref;
  if (!ref) return `XXXX-${pad(month)}`;
  const refMonth = ref.getUTCMonth() + 1;
  const year = ref.getUTCFullYear();
  if (month === refMonth) return formatMonth(ref);
  const before = month < refMonth ? year : year - 1;
  const after = month > refMonth ? year : year + 1;
  const monthsBefore = (refMonth - month + 12) % 12;
  const chosen = chooseAround(ctx, offset, before, after, monthsBefore, 12 - monthsBefore);
  return formatMonth(makeDay(chosen, month, 1));
}

/** `Friday` → the Friday of the reference week that tense points to; the reference day itself if it is one. */
export function resolveWeekday(ctx: DateContext, offset: number, weekday: number): string {
  const ref = ctx.ref;
  if (!ref) return 'XXXX-WXX-' + String(weekday || 7);
  const back = (ref.getUTCDay() - weekday + 7) % 7;
  if (back === 0) return formatDay(ref);
  const before = addDays(ref, -back);
  const after = addDays(ref, 7 - back);
  const tense = ctx.tenseAt(offset);
  return formatDay(tense === 'future' ? after : before);
}
