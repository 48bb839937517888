/**
 * Seasons: `summer 2023` (2023-SU), `last fall`, `this spring`, `in the winter`. A bare `fall`
 * is a verb; it counts only after `last`/`this`/`next`/`the`, and `the fall of Rome` is an event.
 */
import { patternRule } from '../rule.js';
import { SEASONS, SEASON_RE } from '../lexicon.js';

export const season = patternRule(
  'season',
  new RegExp(`\\b(?:(?<rel>last|this|next|past|coming)\\s+|(?<the>the)\\s+)?(?<season>${SEASON_RE})(?:\\s+(?:of\\s+)?(?<year>(?:19|20)\\d\\d)(?!\\d))?\\b`, 'gi'),
  (g, ctx, start, end) => {
    const info = SEASONS[(g.season ?? '').toLowerCase()];
    if (g.year) return { value: `${g.year}-${info.code}`, type: 'DATE' };
    if (!g.rel && !g.the) return undefined;
    if (!g.rel && /^\s+of\b/i.test(ctx.text.slice(end, end + 4))) return undefined;
    if (!ctx.ref) return { value: `XXXX-${info.code}`, type: 'DATE' };
    const month = ctx.ref.getUTCMonth() + 1;
    let year = ctx.ref.getUTCFullYear();
    const first = info.months[0];
    const rel = (g.rel ?? (ctx.tenseAt(start) === 'past' ? 'last' : 'this')).toLowerCase();
    const inside = info.months.includes(month);
    if (info.code === 'WI' && month <= 2) year -= 1;
    if ((rel === 'last' || rel === 'past') && !inside && month < first) year -= 1;
    if ((rel === 'last' || rel === 'past') && inside) year -= 1;
    if ((rel === 'next' || rel === 'coming') && (inside || month > first)) year += 1;
    return { value: `${year}-${info.code}`, type: 'DATE' };
  },
);
