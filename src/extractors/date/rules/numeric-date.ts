/** Dates in digits: ISO `2024-03-03`, and the US order `3/3/2024`. */
import { patternRule } from '../rule.js';
import { pad } from '../timex.js';

export const isoDate = patternRule('iso-date', /\b(?<year>(?:19|20)\d\d)-(?<month>[01]\d)-(?<day>[0-3]\d)\b/g, (g) => {
  const month = Number(g.month);
  const day = Number(g.day);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return { value: `${g.year}-${g.month}-${g.day}`, type: 'DATE' };
});

export const slashDate = patternRule('slash-date', /\b(?<month>[01]?\d)\/(?<day>[0-3]?\d)\/(?<year>(?:19|20)\d\d)\b/g, (g) => {
  const month = Number(g.month);
  const day = Number(g.day);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return { value: `${g.year}-${pad(month)}-${pad(day)}`, type: 'DATE' };
});
