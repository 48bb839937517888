import type { QuantityDraft } from './index.js';

const RANGE_JOINER = /^\s*(?:-|–|—|to|and)\s*$/i;

/** `1,000-3,000`, `1,000 to 3,000`, `between 1,000 and 3,000` become one fact with `{low, high}`. */
export function mergeRanges(text: string, found: QuantityDraft[]): QuantityDraft[] {
  const merged: QuantityDraft[] = [];
  for (let i = 0; i < found.length; i++) {
    const low = found[i];
    const high = found[i + 1];
    const joiner = high ? text.slice(low.end, high.start) : '';
    const isAnd = /and/i.test(joiner);
    const opensWithBetween = /\bbetween\s+$/i.test(text.slice(Math.max(0, low.start - 10), low.start));
    if (high && typeof low.value === 'number' && typeof high.value === 'number' && RANGE_JOINER.test(joiner) && (!isAnd || opensWithBetween) && low.value <= high.value) {
      merged.push({
        ...high,
        start: low.start,
        text: text.slice(low.start, high.end),
        value: { low: low.value, high: high.value },
        unit: high.unit ?? low.unit,
        currency: high.currency ?? low.currency,
      });
      i++;
    } else {
      merged.push(low);
    }
  }
  return merged;
}
