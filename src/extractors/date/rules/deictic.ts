/** Days named from the reference: `today`, `yesterday`, `tomorrow`, `tonight`, `this morning`, `last night`. */
import { patternRule } from '../rule.js';
import { addDays, formatDay } from '../timex.js';
import { PART_OF_DAY, PART_OF_DAY_RE } from './weekday.js';

const OFFSETS: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1, this: 0, last: -1 };

export const deictic = patternRule(
  'deictic',
  new RegExp(`\\b(?:(?<word>today|tonight|yesterday|tomorrow)(?:\\s+(?<part>${PART_OF_DAY_RE}))?|(?<this>this)\\s+(?<thisPart>${PART_OF_DAY_RE})|(?<last>last)\\s+night)\\b`, 'gi'),
  (g, ctx) => {
    const word = (g.word ?? g.this ?? g.last ?? '').toLowerCase();
    const part = (g.part ?? g.thisPart ?? (g.last || word === 'tonight' ? 'night' : undefined))?.toLowerCase();
    if (!ctx.ref) return { value: word === 'today' ? 'PRESENT_REF' : 'XXXX-XX-XX', type: 'DATE' };
    const day = formatDay(addDays(ctx.ref, OFFSETS[word] ?? 0));
    return part ? { value: `${day}T${PART_OF_DAY[part]}`, type: 'TIME' } : { value: day, type: 'DATE' };
  },
);
