/** The shape of a date rule, and the helper that turns a pattern and a normaliser into one. */
import { spanOf } from '../../document.js';
import type { DateFact } from '../../types.js';
import type { DateContext } from './context.js';
import type { DateDraft } from './index.js';

export interface Timex {
  value: string;
  type: DateFact['type'];
  mod?: string;
}

/** One named rule: finds candidates in the text and gives each its TIMEX3 value. */
export interface DateRule {
  name: string;
  find(ctx: DateContext): DateDraft[];
}

export type Groups = Record<string, string | undefined>;

/** Build a draft from exact offsets, so `text.slice(start, end) === fact.text` holds. */
export function draftAt(ctx: DateContext, start: number, end: number, timex: Timex): DateDraft {
  const fact: DateDraft = { kind: 'date', ...spanOf(ctx.text, start, end), value: timex.value, type: timex.type };
  if (timex.mod) fact.mod = timex.mod;
  return fact;
}

/**
 * A rule from a global regular expression (bounded, no nested quantifiers) and a normaliser that
 * reads its named groups; the normaliser returns undefined to reject the match.
 */
export function patternRule(name: string, pattern: RegExp, normalise: (groups: Groups, ctx: DateContext, start: number, end: number) => Timex | undefined): DateRule {
  return {
    name,
    find(ctx) {
      const found: DateDraft[] = [];
      for (const match of ctx.text.matchAll(pattern)) {
        const start = match.index ?? 0;
        const end = start + match[0].length;
        const timex = normalise(match.groups ?? {}, ctx, start, end);
        if (timex) found.push(draftAt(ctx, start, end, timex));
      }
      return found;
    },
  };
}
