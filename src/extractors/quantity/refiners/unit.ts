import type { Token } from '../../../document.js';
import type { Candidate, RefineContext } from '../candidate.js';
import { CURRENCY_NAMES, MEASURE_UNITS, MEASURE_WORDS, alternation } from '../lexicon.js';

/** Short unit symbols that are also common words or letters: only taken glued to the number (`12km`, `-5C`). */
const GLUED_ONLY = new Set(['in', 'a', 's', 'h', 't', 'l', 'p', 'pt', 'x', 'c', 'f', 'k', 'g', 'v', 'w', 'j', 'ps', 'ms', 'min', 'sec', 'yo', 'pc', 'ac', 'bar', 'ha', '°']);
const SPACED = alternation([...MEASURE_WORDS, ...MEASURE_UNITS.filter((u) => !GLUED_ONLY.has(u))]);
/**
 * Matched against lower-cased text: the unit lists are lower case, and compiling this long
 * alternation case-insensitively under the `u` flag costs V8 several times longer.
 */
const MEASURE = new RegExp(String.raw`^(?:(?<glued>(?:${alternation(MEASURE_UNITS)})(?:[/^]?[\p{L}\d²³]+)*)|[\s-](?<spaced>(?:sq(?:uare)?\.?\s|cubic\s)?(?:${SPACED})(?:\s?(?:/|per)\s?\p{L}+|\s(?:an?|per)\s(?:hour|day|week|month|year|second|minute|share|barrel|gallon|head))?))(?![\p{L}\d])`, 'u');
const CURRENCY_WORD = new RegExp(String.raw`^(?:\s(?:[A-Z][a-z]+\s)?)(?<name>${alternation(Object.keys(CURRENCY_NAMES))})\b`, 'i');

/** A unit of measure right after the number: `12 km`, `3 tonnes`, `-5C`, `87 mph`, `40 per cent` is handled elsewhere. */
export function measureUnitAfter(text: string, end: number): string | undefined {
  const window = text.slice(end, end + 40);
  const lower = window.toLowerCase();
  if (lower.length !== window.length) return undefined;
  const groups = MEASURE.exec(lower)?.groups;
  // The unit as written: `glued` starts the window, `spaced` follows one space or hyphen.
  if (groups?.glued) return window.slice(0, groups.glued.length);
  if (groups?.spaced) return window.slice(1, 1 + groups.spaced.length);
  return undefined;
}

/** A currency named after the number: `5,000 won`, `420 million finnish markka`; `pounds` is money only after a scale. */
export function currencyNameAfter(text: string, c: Candidate): string | undefined {
  const name = CURRENCY_WORD.exec(text.slice(c.end, c.end + 30))?.groups?.name.toLowerCase();
  if (!name || ((name === 'pound' || name === 'pounds') && !c.meta.scale && !/(?:illion|thousand)$/i.test(c.text))) return undefined;
  return CURRENCY_NAMES[name];
}

/** Participles and adjectives that stand for the people counted: `300 dead and 2,700 injured`. */
const COUNTED_STATES = new Set([
  'dead', 'killed', 'injured', 'wounded', 'hurt', 'missing', 'arrested', 'detained', 'displaced', 'infected', 'hospitalised',
  'hospitalized', 'evacuated', 'vaccinated', 'rescued', 'captured', 'jailed', 'convicted', 'charged', 'deported', 'dismissed',
]);

const isHead = (t: Token) => t.tags.has('Noun') && !t.tags.has('Pronoun') && !t.tags.has('Value') && !t.tags.has('Date');
const isModifier = (t: Token) => (t.tags.has('Adjective') || t.tags.has('Demonym') || t.tags.has('ProperNoun')) && !t.tags.has('Value');

/**
 * What the number counts: the noun phrase right after it, up to its first plural noun
 * (`11,000 North Koreans`, `10,000 new soldiers` → soldiers, `300 dead`, `2,700 injured`).
 */
export function countedNoun(text: string, tokens: readonly Token[], end: number): string | undefined {
  const words: Token[] = [];
  for (const token of tokens) {
    if (words.length === 0 && (token.start - end > 3 || !/^[ \t"“”']*$/.test(text.slice(end, token.start)))) return undefined;
    if (words.length > 0 && /[^\s]/.test(words[words.length - 1].post)) break;
    if (words.length === 0 && COUNTED_STATES.has(token.normal)) return token.text;
    if (!isHead(token) && !isModifier(token)) break;
    words.push(token);
    if (token.tags.has('Plural')) break;
  }
  while (words.length > 1 && !isHead(words[words.length - 1])) words.pop();
  if (words.length === 0) return undefined;
  let first = 0;
  while (first < words.length - 1 && words[first].tags.has('Adjective') && !words[first].tags.has('Demonym') && !words[first].tags.has('ProperNoun')) first++;
  if (words.length > 1 && !isHead(words[words.length - 1])) return undefined;
  return text.slice(words[first].start, words[words.length - 1].end);
}

/** Attach the unit (measure, currency name, counted noun) to each number that has none. */
export function attachUnit(text: string, found: Candidate[], context: RefineContext): Candidate[] {
  return found.map((c) => {
    if (c.unit) return c;
    const measure = measureUnitAfter(text, c.end);
    if (measure && !c.currency) return { ...c, unit: measure.trim() };
    const currency = c.currency ?? currencyNameAfter(text, c);
    if (currency) return { ...c, currency };
    const noun = countedNoun(text, context.tokensFrom(c.end, 5), c.end);
    return noun ? { ...c, unit: noun } : c;
  });
}
