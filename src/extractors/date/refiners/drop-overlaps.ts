/**
 * Of overlapping candidates keep the longest (`last week` over `week`, `two years ago` over
 * `two years`); on equal length the earlier-listed rule wins (the sort by start is stable).
 */
import { dropOverlaps } from '../../../spans.js';
import type { DateRefiner } from '../refiner.js';

export const dropOverlapping: DateRefiner = {
  name: 'drop-overlaps',
  refine: (_ctx, drafts) => dropOverlaps(drafts),
};
