/**
 * The lexer: every numeral written in digits and every number word, as atoms with offsets.
 * The grammar (grammar.ts) composes neighbouring atoms into numbers.
 */
import { CURRENCY_CODES, FRACTIONS, NUMBER_WORDS, SCALES, TEENS, TENS, UNITS, VULGAR_FRACTIONS, alternation } from './lexicon.js';

export type AtomKind = 'digits' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'dozen' | 'fraction' | 'article' | 'point';

export interface Atom {
  kind: AtomKind;
  start: number;
  end: number;
  /** The number the atom stands for; for a fraction word, its denominator. */
  value: number;
  /** Digits only: written with a sign, exponent, fraction or decimal point, or a glued scale (`40k`). */
  plainInteger?: boolean;
  /** Digits only: the abbreviated scale glued or spaced after the digits (`k`, `m`, `bn`). */
  suffix?: string;
  /** Words only: the word as written, lower case. */
  word?: string;
  /** Words only: a plural that alone means an order of magnitude (`dozens`). */
  plural?: boolean;
}

const SPACE_GROUPED = String.raw`\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d|,\d)`;
const INDIAN_GROUPED = String.raw`\d{1,2}(?:,\d{2})+,\d{3}(?!\d)`;
const DIGITS = String.raw`(?:\d{1,3}(?:,\d{3})+(?!\d)|${INDIAN_GROUPED}|${SPACE_GROUPED}|\d+)(?:\.\d+)?|\.\d+`;
const EXPONENT = String.raw`[eE][-+−]?\d+(?![\p{L}\p{N}])|\s?[x×]\s?10\^?[-−]?\d+|\^[-+−]*\d+`;
const FRACTION = String.raw`\s?[/⁄]\s?\d+(?![\d/⁄.])`;
const SUFFIX = String.raw`\s?(?:bn|mn|bln|mln|tln|tn)|(?:k|K|m|M|MM|mil|b|B|T)`;
const VULGAR = Object.keys(VULGAR_FRACTIONS).join('');

/** A numeral in digits: sign, digits, exponent or fraction, glued scale. Never glued to a word before it. */
const NUMERAL = new RegExp(
  String.raw`(?:(?<![\p{L}\p{N}_.,])|(?<=(?:^|[^\p{L}])(?:${CURRENCY_CODES.join('|')}|RM|Rs|\$(?:US|AU|A|NZ|C|HK))))(?<sign>[-−](?=\.?\d))?(?:(?<whole>\d+)\s(?<mixed>\d+[/⁄]\d+)(?![\d/⁄])|(?<digits>${DIGITS})(?<exp>${EXPONENT})?(?<frac>${FRACTION})?(?<vulgar>[${VULGAR}])?|(?<lone>[${VULGAR}]))(?:(?<suffix>${SUFFIX})(?![\p{L}\p{N}]))?`,
  'gu',
);
const WORD = new RegExp(String.raw`\b(?:(?<word>${alternation(NUMBER_WORDS)})|(?<article>an?)(?=[\s-]+(?:hundred|dozen|${alternation([...Object.keys(SCALES), ...Object.keys(FRACTIONS)])}))|(?<point>point))\b`, 'giu');

/** The value of a numeral as written (`1,000`, `.5`, `1.3x10^6`, `-4/5`, `10 1/2`, `½`). */
export function numeralValue(groups: Record<string, string | undefined>): number {
  const sign = groups.sign ? -1 : 1;
  if (groups.lone) return sign * VULGAR_FRACTIONS[groups.lone];
  if (groups.whole && groups.mixed) return sign * (Number(groups.whole) + fractionValue(groups.mixed));
  let value = Number((groups.digits ?? '0').replace(/[,\s\u00a0\u202f]/g, ''));
  const exp = groups.exp?.replace(/\s/g, '').replace(/−/g, '-');
  if (exp) {
    if (/^[eE]/.test(exp)) value *= 10 ** Number(exp.slice(1));
    else if (/^[x×]/.test(exp)) value *= 10 ** Number(exp.replace(/^[x×]10\^?/, ''));
    else value **= Number(exp.slice(1).replace(/^[-+]*(?=[-+])/, '').replace(/^\+/, ''));
  }
  if (groups.frac) value /= Number(groups.frac.replace(/[\s/⁄]/g, ''));
  if (groups.vulgar) value += VULGAR_FRACTIONS[groups.vulgar];
  return sign * value;
}

function fractionValue(text: string): number {
  const [numerator, denominator] = text.split(/[/⁄]/).map(Number);
  return numerator / denominator;
}

function wordAtom(word: string, start: number, end: number): Atom {
  const w = word.toLowerCase();
  const singular = w.endsWith('s') && !(w in UNITS) && !(w in TEENS) ? w.replace(/(?:ve)?s$/, (m) => (m === 'ves' ? 'f' : '')) : w;
  if (w in UNITS) return { kind: 'unit', start, end, value: UNITS[w] };
  if (w in TEENS) return { kind: 'teen', start, end, value: TEENS[w] };
  if (w in TENS) return { kind: 'tens', start, end, value: TENS[w] };
  if (w === 'hundred') return { kind: 'hundred', start, end, value: 100 };
  if (w in SCALES) return { kind: 'scale', start, end, value: SCALES[w] };
  if (w === 'dozen' || w === 'dozens') return { kind: 'dozen', start, end, value: 12, plural: w === 'dozens' };
  if (w === 'halves') return { kind: 'fraction', start, end, value: 2 };
  return { kind: 'fraction', start, end, value: FRACTIONS[singular] ?? FRACTIONS[w] };
}

/** Every numeral and number word of the text, in order. */
export function findAtoms(text: string): Atom[] {
  const atoms: Atom[] = [];
  for (const match of text.matchAll(NUMERAL)) {
    const groups = match.groups ?? {};
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const plainInteger = !!groups.digits && /^[\d,]+$/.test(groups.digits) && !groups.sign && !groups.exp && !groups.frac && !groups.vulgar && !groups.suffix;
    atoms.push({ kind: 'digits', start, end, value: numeralValue(groups), plainInteger, suffix: groups.suffix?.trim() });
  }
  for (const match of text.matchAll(WORD)) {
    const groups = match.groups ?? {};
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (groups.word) {
      const atom = wordAtom(groups.word, start, end);
      if (Number.isFinite(atom.value)) atoms.push({ ...atom, word: groups.word.toLowerCase() });
    } else if (groups.article) atoms.push({ kind: 'article', start, end, value: 1 });
    else atoms.push({ kind: 'point', start, end, value: 0 });
  }
  return atoms.sort((a, b) => a.start - b.start);
}
