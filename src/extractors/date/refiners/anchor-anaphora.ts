/**
 * Gives `that day`, `later that year`, `the next morning` their value from the nearest calendar
 * date before them, within a few sentences (as HeidelTime does for narratives): `in June 1998 …
 * later that year` is 1998, `on Oct. 23 … the next morning` Oct. 24, `last October … that same day`
 * 1998-10-XX. A `next`/`previous` with no such date counts from the reference; `that day` with
 * none is dropped.
 */
import { sentenceAt } from '../../../document.js';
import { ANAPHOR_UNITS, type Anaphor } from '../context.js';
import type { DateDraft } from '../index.js';
import type { DateRefiner } from '../refiner.js';
import { draftAt } from '../rule.js';
import { addDays, addMonths, formatDay, formatMonth, formatWeek, makeDay, pad } from '../timex.js';

/** How many sentences back the preceding date may sit. */
const SENTENCES_BACK = 3;
const CALENDAR = /^(?<year>\d{4})(?:-(?<month>[01]\d)(?:-(?<day>[0-3]\d))?)?/;

interface Antecedent { year: number; month?: number; day?: number; sentence: number }

export const anchorAnaphora: DateRefiner = {
  name: 'anchor-anaphora',
  refine(ctx, drafts) {
    if (!ctx.anaphora.size) return drafts;
    let last: Antecedent | undefined;
    const out: DateDraft[] = [];
    for (const draft of drafts) {
      const anaphor = ctx.anaphora.get(draft.start);
      const sentence = sentenceAt(ctx.doc, draft.start);
      if (!anaphor || draft.value) {
        last = antecedentOf(draft.value, sentence) ?? last;
        out.push(draft);
        continue;
      }
      const near = last && sentence - last.sentence <= SENTENCES_BACK ? last : undefined;
      const fromRef = anaphor.step !== 0 && ctx.ref ? antecedentOf(formatDay(ctx.ref), sentence) : undefined;
      const value = valueFrom(near ?? fromRef, anaphor);
      if (!value) continue;
      out.push({ ...draft, value });
      last = antecedentOf(value, sentence) ?? last;
    }
    return out;
  },
};

/** `the day before ` written right before a date: the span starts at the unit, as TimeBank marks it. */
const UNIT_BEFORE_AFTER = /\b(?<unit>day|week|month|year)\s+(?<dir>before|after)\s+$/i;

/**
 * `the day before last Tuesday's hearing` (the Monday), `the week after Easter`: one unit before
 * or after the date that follows, in one expression.
 */
export const offsetFromDate: DateRefiner = {
  name: 'offset-from-date',
  refine(ctx, drafts) {
    return drafts.map((draft) => {
      const match = UNIT_BEFORE_AFTER.exec(ctx.text.slice(Math.max(0, draft.start - 16), draft.start));
      const at = match?.groups && antecedentOf(draft.value, 0);
      if (!match?.groups || !at) return draft;
      const value = valueFrom(at, { unit: ANAPHOR_UNITS[match.groups.unit.toLowerCase()], step: match.groups.dir.toLowerCase() === 'after' ? 1 : -1 });
      return value ? draftAt(ctx, draft.start - match[0].length, draft.end, { value, type: 'DATE' }) : draft;
    });
  },
};

function antecedentOf(value: string, sentence: number): Antecedent | undefined {
  const g = CALENDAR.exec(value)?.groups;
  if (!g) return undefined;
  return { year: Number(g.year), month: g.month ? Number(g.month) : undefined, day: g.day ? Number(g.day) : undefined, sentence };
}

function valueFrom(at: Antecedent | undefined, { unit, step }: Anaphor): string | undefined {
  if (!at) return undefined;
  if (unit === 'Y') return pad(at.year + step, 4);
  if (!at.month) return undefined;
  if (unit === 'M') return formatMonth(addMonths(makeDay(at.year, at.month, 1), step));
  if (!at.day) return unit === 'D' && step === 0 ? `${pad(at.year, 4)}-${pad(at.month)}-XX` : undefined;
  const day = makeDay(at.year, at.month, at.day);
  return unit === 'W' ? formatWeek(addDays(day, 7 * step)) : formatDay(addDays(day, step));
}
