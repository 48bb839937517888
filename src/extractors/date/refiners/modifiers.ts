/**
 * TIMEX3 modifiers read from the words before an expression. `early`, `late`, `mid`, `the end of`,
 * `the start of` belong to the expression (its span grows to take them: `early February 2025`,
 * mod START), except a bare `early`/`late` before a year, a decade or a day (`early 1997`, `late
 * Monday`: mod only), as TimeBank marks them. `about`, `almost`, `more than` qualify a measure and
 * stay outside the span, but still give the mod; before `ago` they join it (`almost four years ago`).
 */
import type { DateContext } from '../context.js';
import type { DateRefiner } from '../refiner.js';
import { draftAt } from '../rule.js';

const PART_MODS: [RegExp, string][] = [
  [/\b(?:early|the (?:start|beginning) of|(?:start|beginning) of)[\s-]+$/i, 'START'],
  [/\b(?:late|the end of|end of)[\s-]+$/i, 'END'],
  [/\b(?:mid|the middle of|middle of)[\s-]+$/i, 'MID'],
];
const MEASURE_MODS: [RegExp, string][] = [
  [/\b(?:about|around|roughly|approximately|some)\s+$/i, 'APPROX'],
  [/\b(?:more than|over|upwards of)\s+$/i, 'MORE_THAN'],
  [/\b(?:less than|under|nearly|almost|just under)\s+$/i, 'LESS_THAN'],
  [/\bat least\s+$/i, 'EQUAL_OR_MORE'],
  [/\b(?:at most|up to|no more than)\s+$/i, 'EQUAL_OR_LESS'],
];
const LOOK_BACK = 24;
/** `early`/`late` alone, and the values of a year, a decade or a day, for the exception above. */
const OUTSIDE_PART = /^(?:early|late)[\s-]+$/i;
const YEAR_OR_DAY = /^(?:\d{3}[\dX]|\d{4}-\d\d-\d\d)$/;

export const attachModifiers: DateRefiner = {
  name: 'attach-modifiers',
  refine(ctx: DateContext, drafts) {
    return drafts.map((draft) => {
      if (draft.mod) return draft;
      const before = ctx.text.slice(Math.max(0, draft.start - LOOK_BACK), draft.start);
      for (const [pattern, mod] of PART_MODS) {
        const match = pattern.exec(before);
        if (!match || draft.type === 'DURATION') continue;
        if (OUTSIDE_PART.test(match[0]) && YEAR_OR_DAY.test(draft.value)) return { ...draft, mod };
        return draftAt(ctx, draft.start - match[0].length, draft.end, { ...draft, mod });
      }
      const ago = /\bago$/i.test(draft.text);
      for (const [pattern, mod] of MEASURE_MODS) {
        const match = pattern.exec(before);
        if (match && ago) return draftAt(ctx, draft.start - match[0].length, draft.end, { ...draft, mod });
        if (match && draft.type === 'DURATION') return { ...draft, mod };
      }
      return draft;
    });
  },
};
