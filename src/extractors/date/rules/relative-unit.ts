/**
 * A calendar unit named from the reference: `last week` (its ISO week, or its month when it lies in one), `this month`, `next year`,
 * `last century`; `the weekend` nearest the reference. `the past year` is a stretch of time,
 * not a calendar unit: P1Y; so is `this century` (P100Y), as TimeBank marks it.
 */
import { patternRule } from '../rule.js';
import { UNIT_RE, unitOf } from '../lexicon.js';
import { addDays, formatAt, formatDuration, formatMonth, formatWeek, shift } from '../timex.js';

const STEPS: Record<string, number> = { last: -1, previous: -1, this: 0, current: 0, next: 1, coming: 1, following: 1 };

export const relativeUnit = patternRule(
  'relative-unit',
  new RegExp(`\\b(?<rel>last|previous|this|current|next|coming|following|past)\\s+(?<unit>${UNIT_RE}|weekend)\\b(?![\\s-]*(?:old|long)\\b)`, 'gi'),
  (g, ctx) => {
    const rel = (g.rel ?? '').toLowerCase();
    const unitWord = (g.unit ?? '').toLowerCase();
    if (unitWord === 'weekend') return weekend(ctx.ref, STEPS[rel] ?? -1);
    const unit = unitOf(unitWord);
    if (!unit || unit.clock) return undefined;
    // `the worst flood this century`: TimeBank marks the century so far as a stretch, P100Y.
    if (rel === 'past' || (rel === 'this' && unit.scale === 100)) return { value: formatDuration(1, unit), type: 'DURATION' };
    if (!ctx.ref) return { value: rel === 'this' ? 'PRESENT_REF' : rel === 'next' ? 'FUTURE_REF' : 'PAST_REF', type: 'DATE' };
    if (unit.letter === 'W' && STEPS[rel] < 0) return { value: lastWeek(ctx.ref), type: 'DATE' };
    return { value: formatAt(shift(ctx.ref, unit, STEPS[rel]), unit), type: 'DATE' };
  },
);

/**
 * `last week`: TimeBank writes the month when the whole of last week lies in one month
 * (`last week` on 1998-10-25 is 1998-10) and the ISO week when it straddles two (2000-W13).
 */
function lastWeek(ref: Date): string {
  const monday = addDays(ref, -((ref.getUTCDay() + 6) % 7) - 7);
  const sunday = addDays(monday, 6);
  return monday.getUTCMonth() === sunday.getUTCMonth() ? formatMonth(monday) : formatWeek(monday);
}

/**
 * `the weekend`: the last weekend before the reference, unless the clause is future. `over the
 * weekend` is the stretch of it (P2D, DURATION), as TimeBank marks it.
 */
export const theWeekend = patternRule('the-weekend', /\b(?<the>the|this)\s+weekend\b/gi, (g, ctx, start) =>
  g.the?.toLowerCase() === 'the' && /\bover\s+$/i.test(ctx.text.slice(Math.max(0, start - 8), start))
    ? { value: 'P2D', type: 'DURATION' }
    : weekend(ctx.ref, ctx.tenseAt(start) === 'future' ? 1 : -1),
);

function weekend(ref: Date | undefined, step: number) {
  if (!ref) return { value: 'XXXX-WXX-WE', type: 'DATE' as const };
  const day = ref.getUTCDay();
  const saturday = step < 0 ? addDays(ref, -((day + 1) % 7)) : addDays(ref, (6 - day + 7) % 7 || 7);
  return { value: `${formatWeek(step === 0 ? addDays(ref, (6 - day + 7) % 7) : saturday)}-WE`, type: 'DATE' as const };
}
