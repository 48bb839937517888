import type { DateDraft } from './index.js';

type DateRule = (text: string, refDate?: string) => DateDraft[];

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const MODS: Record<string, string> = { early: 'START', late: 'END', mid: 'MID', 'the end of': 'END', 'the start of': 'START', 'the beginning of': 'START', 'the middle of': 'MID' };
const MOD = '(?:(?<mod>early|late|mid|the end of|the start of|the beginning of|the middle of)[\\s-]+)?';
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const refYear = (refDate?: string) => (refDate ? refDate.slice(0, 4) : 'XXXX');

function monthNumber(name: string): number {
  const lower = name.toLowerCase().replace('.', '');
  return MONTH_NAMES.findIndex((m) => m.startsWith(lower.slice(0, 3))) + 1;
}

function draft(text: string, start: number, end: number, value: string, type: DateDraft['type'], mod?: string): DateDraft {
  const fact: DateDraft = { kind: 'date', start, end, text: text.slice(start, end), value, type };
  if (mod) fact.mod = mod;
  return fact;
}

function rule(pattern: RegExp, normalise: (groups: Record<string, string | undefined>, refDate?: string) => { value: string; type: DateDraft['type'] } | undefined): DateRule {
  return (text, refDate) => {
    const found: DateDraft[] = [];
    for (const match of text.matchAll(pattern)) {
      const groups = match.groups ?? {};
      const normalised = normalise(groups, refDate);
      if (!normalised) continue;
      const start = match.index ?? 0;
      const mod = groups.mod ? MODS[groups.mod.toLowerCase()] : undefined;
      found.push(draft(text, start, start + match[0].length, normalised.value, normalised.type, mod));
    }
    return found;
  };
}

/** `3 March 2024`, `March 3, 2024`, `early February 2025`, `February`, `in January`. */
const calendarDate = rule(
  new RegExp(`\\b${MOD}(?:(?<dayBefore>\\d{1,2})\\s+)?${MONTH}(?:\\s+(?<dayAfter>\\d{1,2})(?!\\d))?(?:,?\\s+(?<year>\\d{4}))?\\b`, 'gi'),
  (g, refDate) => {
    if (g.month === 'May' && !g.dayBefore && !g.dayAfter && !g.year) return undefined;
    if (!/^[A-Z]/.test(g.month ?? '')) return undefined;
    const year = g.year ?? refYear(refDate);
    const month = pad(monthNumber(g.month ?? ''));
    const day = g.dayBefore ?? g.dayAfter;
    return { value: day ? `${year}-${month}-${pad(Number(day))}` : `${year}-${month}`, type: 'DATE' };
  },
);

/** `the first week of February`. */
const weekOfMonth = rule(
  new RegExp(`\\bthe\\s+(?<ordinal>first|second|third|fourth|last)\\s+week\\s+of\\s+${MONTH}(?:,?\\s+(?<year>\\d{4}))?`, 'gi'),
  (g, refDate) => {
    const year = g.year ?? refYear(refDate);
    const month = monthNumber(g.month ?? '');
    if (year === 'XXXX') return { value: `XXXX-${pad(month)}`, type: 'DATE' };
    const ordinal = ['first', 'second', 'third', 'fourth'].indexOf((g.ordinal ?? '').toLowerCase());
    const day = ordinal >= 0 ? 1 + 7 * ordinal : new Date(Date.UTC(Number(year), month, 0)).getUTCDate() - 6;
    return { value: isoWeek(Number(year), month, day), type: 'DATE' };
  },
);

/** A year on its own where it is used as time: `in 2014`, `the 2022 operation`. */
const bareYear = rule(/\b(?<year>(?:19|20)\d{2})\b(?![,.]?\d|\s*(?:%|percent|per cent))/g, (g) => ({ value: g.year ?? '', type: 'DATE' }));

/** `a monthlong lull`, `three days`, `two-year`. */
const DURATION_UNITS: Record<string, string> = { day: 'D', week: 'W', month: 'M', year: 'Y', hour: 'H', minute: 'M' };
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12 };
const duration = rule(
  /\b(?<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d+)[\s-](?<unit>day|week|month|year|hour|minute)(?:s|-?long)?\b/gi,
  (g) => {
    const count = NUMBER_WORDS[(g.count ?? '').toLowerCase()] ?? Number(g.count);
    const unit = (g.unit ?? '').toLowerCase();
    const prefix = unit === 'hour' || unit === 'minute' ? 'PT' : 'P';
    return { value: `${prefix}${count}${DURATION_UNITS[unit]}`, type: 'DURATION' };
  },
);
const monthlong = rule(/\b(?<unit>day|week|month|year)long\b/gi, (g) => ({ value: `P1${DURATION_UNITS[(g.unit ?? '').toLowerCase()]}`, type: 'DURATION' }));

/** `today`, `yesterday`, `tomorrow`, `now`, weekdays resolved to the nearest such day before the reference. */
const deictic = rule(/\b(?<word>today|yesterday|tomorrow|now|currently|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g, (g, refDate) => {
  const word = (g.word ?? '').toLowerCase();
  if (word === 'now' || word === 'currently') return { value: 'PRESENT_REF', type: 'DATE' };
  if (!refDate) return { value: word === 'today' ? 'PRESENT_REF' : 'XXXX-XX-XX', type: 'DATE' };
  const ref = new Date(`${refDate}T00:00:00Z`);
  const weekday = WEEKDAYS.indexOf(word);
  const shift = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : weekday >= 0 ? -((ref.getUTCDay() - weekday + 7) % 7) : 0;
  ref.setUTCDate(ref.getUTCDate() + shift);
  return { value: ref.toISOString().slice(0, 10), type: 'DATE' };
});

function isoWeek(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const yearStart = new Date(Date.UTC(date.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((date.getTime() - yearStart.getTime()) / 86400000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${pad(week)}`;
}

export const DATE_RULES: DateRule[] = [calendarDate, weekOfMonth, bareYear, duration, monthlong, deictic];
