/** In a range such as `between January and February 2025`, the first date takes the year the second one states. */
import type { DateRefiner } from '../refiner.js';

const RANGE_JOIN = /^\s*(?:and|to|through|until|till|or|-|–|—)\s*$/;
const YEAR_FIRST = /^\d{4}(?=-\d\d)/;
const ANY_YEAR_FIRST = /^(?:\d{4}|XXXX)-\d\d/;

export const sharedYear: DateRefiner = {
  name: 'shared-year',
  refine(ctx, drafts) {
    return drafts.map((draft, i) => {
      const next = drafts[i + 1];
      if (!next || !ctx.yearFromRef.has(draft.start) || ctx.yearFromRef.has(next.start)) return draft;
      const year = YEAR_FIRST.exec(next.value)?.[0];
      if (!year || !ANY_YEAR_FIRST.test(draft.value) || !RANGE_JOIN.test(ctx.text.slice(draft.end, next.start))) return draft;
      return { ...draft, value: year + draft.value.slice(4) };
    });
  },
};
