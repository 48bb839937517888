/** `two years ago` (the year two before the reference), `12 days ago`, `five weeks ago`, `a decade ago`, `two weeks from now`. */
import { patternRule } from '../rule.js';
import { COUNT_RE, UNIT_RE, countValue, unitOf } from '../lexicon.js';
import { formatAt, shift } from '../timex.js';

export const ago = patternRule(
  'ago',
  new RegExp(`\\b(?<count>${COUNT_RE})[\\s-]+(?<unit>${UNIT_RE})s?\\s+(?<dir>ago|hence|from now)\\b`, 'gi'),
  (g, ctx) => {
    const unit = unitOf(g.unit ?? '');
    const count = countValue(g.count ?? '');
    if (!unit) return undefined;
    const sign = g.dir?.toLowerCase() === 'ago' ? -1 : 1;
    if (count === undefined || !ctx.ref) return { value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', type: 'DATE' };
    // Clock units name the day they fall on (`36 hours ago`).
    const granularity = unit.clock ? { ...unit, letter: 'D', clock: false } : unit;
    return { value: formatAt(shift(ctx.ref, granularity, sign * (unit.clock ? Math.round(count / 24) : count)), granularity), type: 'DATE' };
  },
);
