/**
 * Of overlapping candidates keep the longest (`last week` over `week`, `two years ago` over
 * `two years`); on equal length the earlier-listed rule wins. One sweep over candidates sorted by
 * start, so linear in their number (the shared dropOverlaps compares every pair).
 */
import type { DateDraft } from '../index.js';
import type { DateRefiner } from '../refiner.js';

const length = (draft: DateDraft) => draft.end - draft.start;

export const dropOverlapping: DateRefiner = {
  name: 'drop-overlaps',
  refine(_ctx, drafts) {
    const kept: DateDraft[] = [];
    for (const draft of drafts) {
      const last = kept[kept.length - 1];
      if (!last || draft.start >= last.end) kept.push(draft);
      else if (length(draft) > length(last)) kept[kept.length - 1] = draft;
    }
    return kept;
  },
};
