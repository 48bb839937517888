/**
 * Clock times take their day from the date written next to them (`5 p.m. GMT Thursday` becomes
 * one TIME), else from the nearest dated expression in the same sentence, else the reference.
 */
import { sentenceAt } from '../../../document.js';
import type { DateRefiner } from '../refiner.js';
import { draftAt } from '../rule.js';
import { formatDay } from '../timex.js';
import type { DateDraft } from '../index.js';

const ADJACENT = /^[\s,]*(?:on\s+)?$/;
const DAY_VALUE = /^\d{4}-\d\d-\d\d/;

export const anchorTimes: DateRefiner = {
  name: 'anchor-times',
  refine(ctx, drafts) {
    const merged = new Set<DateDraft>();
    const out: DateDraft[] = [];
    drafts.forEach((draft, i) => {
      if (merged.has(draft)) return;
      if (!draft.value.startsWith('T')) {
        out.push(draft);
        return;
      }
      const next = drafts[i + 1];
      if (next && DAY_VALUE.test(next.value) && ADJACENT.test(ctx.text.slice(draft.end, next.start))) {
        merged.add(next);
        out.push(draftAt(ctx, draft.start, next.end, { value: `${next.value.slice(0, 10)}${draft.value}`, type: 'TIME' }));
        return;
      }
      const day = nearestDay(ctx.doc, drafts, i) ?? (ctx.ref ? formatDay(ctx.ref) : 'XXXX-XX-XX');
      out.push({ ...draft, value: `${day}${draft.value}` });
    });
    return out;
  },
};

function nearestDay(doc: Parameters<typeof sentenceAt>[0], drafts: DateDraft[], i: number): string | undefined {
  const sentence = sentenceAt(doc, drafts[i].start);
  for (let step = 1; step <= 3; step++) {
    for (const other of [drafts[i - step], drafts[i + step]]) {
      if (other && DAY_VALUE.test(other.value) && sentenceAt(doc, other.start) === sentence) return other.value.slice(0, 10);
    }
  }
  return undefined;
}
