/** Decades: `the 1990s` (199X), `the '80s` (198X), `the 1960s`. Centuries: `the 20th century` (19). */
import { patternRule } from '../rule.js';

export const decade = patternRule('decade', /(?<![\w$])(?:(?<full>1[6-9]\d|20\d)0|['’](?<short>\d)0)s\b/g, (g) => {
  const digits = g.full ?? `19${g.short}`;
  return { value: `${digits}X`, type: 'DATE' };
});

export const century = patternRule('century', /\b(?<ordinal>[1-9]|1\d|2[01])(?:st|nd|rd|th)[\s-]century\b/gi, (g) => ({
  value: String(Number(g.ordinal) - 1),
  type: 'DATE',
}));
