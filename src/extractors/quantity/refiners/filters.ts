/**
 * Numbers that are not quantities: years and days used as time, times of day, ordinals and
 * numbers glued to words, unit exponents and measurement errors, numbers inside names and codes,
 * labels (`Section 4`), street numbers, references, `one` as a pronoun, `the second half`, and
 * anything inside phone numbers, web or e-mail addresses. Each filter is one named function.
 */
import type { Candidate } from '../candidate.js';
import { measureUnitAfter } from './unit.js';
import { LABEL_NOUNS, MEASURE_UNITS, MEASURE_WORDS, QUALIFIER_PHRASES, CURRENCY_CODES, alternation } from '../lexicon.js';
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from '../../../calendar.js';

const MONTH = alternation([...MONTHS, ...MONTH_ABBREVIATIONS]);
const MONTH_BEFORE = new RegExp(String.raw`\b(?:${MONTH})\.?\s+$`, 'i');
const MONTH_AFTER = new RegExp(String.raw`^(?:\s+of)?\s+(?:${MONTH})\b`, 'i');
const QUALIFIER_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alternation(QUALIFIER_PHRASES.map(([p]) => p))})\s*$`, 'iu');
const GLUED_OK = new RegExp(String.raw`^(?:${alternation([...MEASURE_UNITS, ...MEASURE_WORDS, ...CURRENCY_CODES])})(?:[/^²³\d]|(?![\p{L}]))`, 'iu');
const LABEL_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alternation(LABEL_NOUNS)})\s+#?$`, 'iu');
const LABEL_LIST_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alternation(LABEL_NOUNS)})\s+(?:\d{1,4},?\s+(?:and\s+|or\s+)?)+$`, 'iu');
/** A plural noun after the number: it counts (`last week 300 people`), it does not label. */
const COUNTED_AFTER = /^\s+(?:\p{Ll}+[^s\s]s|people|men|women|children|staff|police|personnel)\b/u;
const STREET_AFTER = /^\s+(?:[\p{Lu}\d][\p{L}\d.']*\s+){0,3}(?:Road|Rd|Street|St|Avenue|Ave|Way|Lane|Ln|Drive|Dr|Boulevard|Blvd|Place|Pl|Court|Ct|Terrace|Crescent|Close|Square|Sq)\b\.?/u;
const CALENDAR_WORD = new RegExp(String.raw`^(?:${alternation([...MONTHS, ...MONTH_ABBREVIATIONS, ...WEEKDAYS])})$`, 'i');
const TIME_AFTER = /^\s?(?:[ap]\.?m\b\.?|[AP]M\b|GMT|UTC|EDT|EST|BST|CET|CEST|PDT|PST|o'clock|hrs?\s+(?:GMT|local))/;
const CLOCK = /^[:.]\d\d(?!\d)/;
const TIME_PREPOSITION_BEFORE = /\b(?:in|since|between|from|until|till|by|before|after|during|circa|around)\s+$/i;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"]+/g;
// The lookbehind starts a match only at the start of a run, so a long run without `@` is scanned once.
const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const PHONE = /(?:\+\d{1,3}[-. ]?)?\(?\d{3}\)?[-. ]\d{3,4}[-. /]\d{4}(?!\d)/g;

const isFinite = (c: Candidate) => (typeof c.value === 'number' ? Number.isFinite(c.value) : Number.isFinite(c.value.low) && Number.isFinite(c.value.high));
const isNumber = (v: Candidate['value']): v is number => typeof v === 'number';
const bare = (c: Candidate) => !c.currency && !c.meta.percent && !c.meta.scale;

/** A year used as time (`in 2014`, `the 2022 operation`, `2019 review`) rather than a count of 2,019 things. */
export function isYear(text: string, c: Candidate): boolean {
  const before = text.slice(Math.max(0, c.start - 30), c.start);
  const earliest = TIME_PREPOSITION_BEFORE.test(before) ? 1000 : 1800;
  const yearLike = (v: number) => Number.isInteger(v) && v >= earliest && v <= 2150;
  if (!bare(c) || c.meta.wordy) return false;
  if (isNumber(c.value)) {
    if (!c.meta.plainInteger || !/^\d{4}$/.test(c.text) || !yearLike(c.value)) return false;
  } else if (!(yearLike(c.value.low) && (yearLike(c.value.high) || c.value.high < 100) && /^\d{4}\D/.test(c.text))) return false;
  return !QUALIFIER_BEFORE.test(before) && !measureUnitAfter(text, c.end);
}

/** A day of the month next to its month (`3 March`, `March 3`, `Jan. 16`). */
export function isDayOfMonth(text: string, c: Candidate): boolean {
  if (!isNumber(c.value) || !bare(c) || c.meta.wordy || !c.meta.plainInteger || c.value < 1 || c.value > 31) return false;
  const after = text.slice(c.end, c.end + 12);
  return MONTH_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start)) || MONTH_AFTER.test(after);
}

/** A time of day: `10.45pm`, `12:01`, `2 p.m.`, `0401 GMT`. */
export function isTimeOfDay(text: string, c: Candidate): boolean {
  if (c.currency || c.meta.percent) return false;
  const after = text.slice(c.end, c.end + 12);
  if (TIME_AFTER.test(after)) return true;
  if (c.meta.wordy) return false;
  return (c.meta.plainInteger && CLOCK.test(after)) || /\d:$/.test(text.slice(Math.max(0, c.start - 3), c.start));
}

/** Digits glued to letters that are no unit: ordinals (`22nd`, `96th`), `49ers`, decades (`1960s`). */
export function isGluedToWord(text: string, c: Candidate): boolean {
  const after = text.slice(c.end, c.end + 12);
  if (!/^\p{L}/u.test(after) || c.meta.wordy) return false;
  return !GLUED_OK.test(after) || /^s\b/.test(after);
}

/** The tens of an ordinal written in words: `twenty-first`, `the thirty-second floor`. */
export function isOrdinalTens(text: string, c: Candidate): boolean {
  return /^-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b/i.test(text.slice(c.end, c.end + 8));
}

/** The exponent of a unit (`s-1`, `fb−1`, `km^3`) or the error of a measurement (`±0.01`, `+/- 1e-5`). */
export function isExponentOrError(text: string, c: Candidate): boolean {
  if (c.meta.wordy) return false;
  const before = text.slice(Math.max(0, c.start - 6), c.start);
  return /(?:^|[^\p{L}])(?!sub-|to-)\p{L}+[-−^]$/u.test(before) || /(?:±|\+\/-|\+-)\s*$/.test(before);
}

/** Inside a code or name: `COVID-19`, `F-16`, `iPhone 12`, `S&P 500`, `Kick Six`. */
export function isPartOfName(text: string, c: Candidate): boolean {
  const before = text.slice(Math.max(0, c.start - 30), c.start);
  if (!c.meta.wordy && /\d[-–]$/.test(before)) return true;
  if (/[\p{L}\d]*[\p{Lu}\d][\p{L}\d]*-$/u.test(before) && !/^(?:\d[\d,.]*)$/.test(before.split(/\s/).pop()?.replace(/-$/, '') ?? '')) return true;
  if (c.meta.wordy && !c.currency && /^\p{Lu}/u.test(c.text) && /[\p{L}]\s+$/u.test(before) && !/[.!?:;"“]\s*$/.test(before)) return /\p{Lu}[\p{L}&.]*\s+$/u.test(before);
  if (!c.meta.plainInteger || !bare(c) || !/^\d{1,4}$/.test(c.text)) return false;
  const previous = /(?:^|[\s(])(?<word>[\p{L}&/.'-]+)\s+$/u.exec(before);
  if (!previous?.groups) return false;
  const word = previous.groups.word;
  if (!/^[\p{Lu}]|[\p{Lu}]/u.test(word) || CALENDAR_WORD.test(word.replace(/\.$/, ''))) return false;
  const wordStart = c.start - previous[0].length + previous[0].indexOf(word);
  const sentenceStart = /(?:^|[.!?"“(]\s*|\n\s*)$/.test(text.slice(Math.max(0, wordStart - 3), wordStart));
  if (sentenceStart && /^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  return !measureUnitAfter(text, c.end);
}

/** A number that labels rather than counts: `Section 427`, `category 4`, `No. 1`, `phases 3, 5 and 7`. */
export function isLabel(text: string, c: Candidate): boolean {
  if (!c.meta.plainInteger || !bare(c)) return false;
  const before = text.slice(Math.max(0, c.start - 40), c.start);
  if (COUNTED_AFTER.test(text.slice(c.end, c.end + 24))) return false;
  return LABEL_BEFORE.test(before.slice(-16)) || LABEL_LIST_BEFORE.test(before);
}

/** A street number: `49 Elm Road`, `22 Ave Foch`, `9 E 71st St`. */
export function isStreetNumber(text: string, c: Candidate): boolean {
  return c.meta.plainInteger && bare(c) && STREET_AFTER.test(text.slice(c.end, c.end + 40));
}

/** A small bare number alone in brackets is a reference or a shirt number: `disease (22).`, `[4]`. */
export function isReference(text: string, c: Candidate): boolean {
  if (!c.meta.plainInteger || !bare(c) || !/^\d{1,3}$/.test(c.text)) return false;
  return /[([]$/.test(text.slice(c.start - 1, c.start)) && /^[)\]]/.test(text.slice(c.end, c.end + 1));
}

/** Spans of the text that hold no quantity: phone numbers, web addresses, e-mail addresses; in text order. */
export function excludedSpans(text: string): [number, number][] {
  const spans = [PHONE, URL, EMAIL].flatMap((pattern) => [...text.matchAll(pattern)].map((m): [number, number] => [m.index ?? 0, (m.index ?? 0) + m[0].length]));
  return spans.sort((a, b) => a[0] - b[0]);
}

/** `one` as a pronoun (`this one`, `the one`, `which one`) counts nothing. */
export function isPronounOne(text: string, c: Candidate): boolean {
  if (!/^one$/i.test(c.text)) return false;
  return /\b(?:this|that|which|the|each|any|every|no|another|last|only|little|big|new|right|wrong|someone|anyone)\s+$/i.test(text.slice(Math.max(0, c.start - 12), c.start)) || /^\s+(?:another)\b/i.test(text.slice(c.end, c.end + 10));
}

/** `the second half`, `the first quarter`: a period, not a fraction. */
export function isPeriodHalf(text: string, c: Candidate): boolean {
  return /^(?:half|quarter)$/i.test(c.text) && /\b(?:first|second|third|fourth|final|last|latter|other|this|that)\s+$/i.test(text.slice(Math.max(0, c.start - 10), c.start));
}

const NOT_QUANTITY: ((text: string, c: Candidate) => boolean)[] = [isYear, isDayOfMonth, isTimeOfDay, isGluedToWord, isOrdinalTens, isExponentOrError, isPartOfName, isLabel, isStreetNumber, isReference, isPronounOne, isPeriodHalf];

/** Drop every candidate some filter rejects, and those inside excluded spans (both lists in text order). */
export function dropNonQuantities(text: string, found: Candidate[]): Candidate[] {
  const excluded = excludedSpans(text);
  let e = 0;
  let reach = -1;
  return found.filter((c) => {
    while (e < excluded.length && excluded[e][0] < c.end) reach = Math.max(reach, excluded[e++][1]);
    const inExcluded = reach > c.start;
    return !inExcluded && isFinite(c) && !NOT_QUANTITY.some((reject) => reject(text, c));
  });
}
