/**
 * Dates named from the one the text gave before: `that day`, `later that year`, `that same
 * month`, `the next morning`, `the following week`, `the previous day`. The rule only finds them;
 * the `anchor-anaphora` refiner gives the value from the preceding date.
 */
import { ANAPHOR_UNITS, type Anaphor } from '../context.js';
import { patternRule } from '../rule.js';

const STEPS: Record<string, Anaphor['step']> = { next: 1, following: 1, previous: -1, same: 0 };

export const anaphoric = patternRule(
  'anaphoric',
  /\b(?:(?:earlier|later)\s+)?(?:that\s+(?:same\s+)?|the\s+(?<rel>next|following|previous|same)\s+)(?<unit>day|morning|afternoon|evening|night|week|month|year)\b(?!['’]s|\s+(?:of|before|after)\b)/gi,
  (g, ctx, start) => {
    const unit = ANAPHOR_UNITS[(g.unit ?? '').toLowerCase()];
    const rel = (g.rel ?? 'same').toLowerCase();
    // `the next week`, `over the next year` look ahead from now (the `relative-unit` rule); `the next day` tells a story.
    if (rel === 'next' && unit !== 'D') return undefined;
    ctx.anaphora.set(start, { unit, step: STEPS[rel] });
    return { value: '', type: 'DATE' };
  },
);
