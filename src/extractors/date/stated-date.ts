/**
 * The article's own date where it states one near its head (a dateline `March 3, 2024 —`, a
 * `Published 2024-03-03` line): the reference for relative dates when the record carries none.
 */
import { MONTH_RE, monthNumber } from './lexicon.js';
import { makeDay, type Day } from './timex.js';

/** How far into the text a dateline may sit. */
const HEAD = 200;
const FULL_DATE = new RegExp(
  `\\b(?:(?<iso>(?:19|20)\\d\\d-[01]\\d-[0-3]\\d)|(?<month1>${MONTH_RE})\\s+(?<day1>\\d{1,2}),?\\s+(?<year1>(?:19|20)\\d\\d)|(?<day2>\\d{1,2})\\s+(?<month2>${MONTH_RE})\\s+(?<year2>(?:19|20)\\d\\d))(?!\\d)`,
);

export function statedDate(text: string): Day | undefined {
  const match = FULL_DATE.exec(text.slice(0, HEAD));
  const g = match?.groups;
  if (!g) return undefined;
  if (g.iso) return makeDay(Number(g.iso.slice(0, 4)), Number(g.iso.slice(5, 7)), Number(g.iso.slice(8, 10)));
  const month = monthNumber(g.month1 ?? g.month2 ?? '');
  const day = Number(g.day1 ?? g.day2);
  if (!month || day < 1 || day > 31) return undefined;
  return makeDay(Number(g.year1 ?? g.year2), month, day);
}
