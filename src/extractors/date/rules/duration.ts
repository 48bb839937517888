/**
 * Stretches of time: `three days` (P3D), `a 9-hour drive` (PT9H), `7 1/2 hours` (PT7H30M),
 * `the past 15 years` (P15Y), `a monthlong lull` (P1M), `several weeks` (PXW), `for years` (PXY).
 * Not ages (`a 37-year-old`), and `a second wave` is an ordinal, not a second.
 */
import { patternRule } from '../rule.js';
import { COUNT_RE, UNIT_RE, countValue, unitOf } from '../lexicon.js';
import { formatDuration } from '../timex.js';

const NOT_AFTER = /^(?:[\s-]+old\b|-olds?\b)/i;

export const countedDuration = patternRule(
  'counted-duration',
  new RegExp(`\\b(?:(?<lead>(?:the\\s+)?(?:past|last|next|coming|previous|first|recent|final))\\s+)?(?<count>${COUNT_RE})(?:\\s+(?:more|additional|further|straight|consecutive))?[\\s-]+(?<unit>${UNIT_RE})(?:s|-?long)?\\b`, 'gi'),
  (g, ctx, _start, end) => {
    if (NOT_AFTER.test(ctx.text.slice(end, end + 8))) return undefined;
    const unit = unitOf(g.unit ?? '');
    const countWord = (g.count ?? '').toLowerCase();
    if (!unit) return undefined;
    if (unit.letter === 'S' && /^an?$/.test(countWord)) return undefined;
    // `20 Minutes`, `Three Days of the Condor`: a capitalised unit is a title.
    if (/^[A-Z]/.test(g.unit ?? '')) return undefined;
    if (countWord === 'some' || countWord === 'many') return undefined;
    return { value: formatDuration(countValue(countWord), unit), type: 'DURATION' };
  },
);

/** `monthlong`, `yearlong`, `decades-long`, `weeks-long`. */
export const longDuration = patternRule('long-duration', new RegExp(`\\b(?<unit>${UNIT_RE})(?<plural>s)?-?long\\b`, 'gi'), (g) => {
  const unit = unitOf(g.unit ?? '');
  return unit ? { value: formatDuration(g.plural ? undefined : 1, unit), type: 'DURATION' } : undefined;
});

/** Plural units with no count, where a time is meant: `for years`, `in recent days`, `the coming months`. */
export const vagueDuration = patternRule(
  'vague-duration',
  new RegExp(`\\b(?:(?<lead>recent|coming|past|last|next)\\s+|(?<=\\bfor\\s))(?<unit>${UNIT_RE})s\\b(?![\\s-]*old)`, 'gi'),
  (g) => {
    const unit = unitOf(g.unit ?? '');
    return unit ? { value: formatDuration(undefined, unit), type: 'DURATION' } : undefined;
  },
);
