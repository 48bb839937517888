/** Word lists of general English the date rules share: months, weekdays, seasons, numbers, units. */

import { MONTHS, WEEKDAYS } from '../../calendar.js';

/** A month name or its abbreviation, capitalised (`march` the verb and `may` the modal are lower case). */
export const MONTH_RE = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
export const WEEKDAY_RE = '(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';

/** 1-based month number of a month name or abbreviation. */
export function monthNumber(name: string): number {
  const lower = name.toLowerCase().replace('.', '');
  return MONTHS.findIndex((m) => m.startsWith(lower.slice(0, 3))) + 1;
}

export function weekdayNumber(name: string): number {
  return WEEKDAYS.indexOf(name.toLowerCase());
}

/** TIMEX3 season codes and the months each season spans (winter runs over the year's end). */
export const SEASONS: Record<string, { code: string; months: number[] }> = {
  spring: { code: 'SP', months: [3, 4, 5] },
  summer: { code: 'SU', months: [6, 7, 8] },
  fall: { code: 'FA', months: [9, 10, 11] },
  autumn: { code: 'FA', months: [9, 10, 11] },
  winter: { code: 'WI', months: [12, 1, 2] },
};
export const SEASON_RE = '(?:spring|summer|fall|autumn|winter)';

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};
/** Vague counts: TIMEX3 writes their number as X (`several weeks` = PXW). */
const VAGUE_COUNTS = ['several', 'few', 'a few', 'many', 'some'];

/** A count in words or digits: `three`, `20`, `twenty-five`, `5 1/2`, `several`. */
export const COUNT_RE = '(?:\\d+(?:\\.\\d+)?(?:\\s+1/2)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|a few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|several|few|many|some)';

/** The number a count stands for; undefined for a vague count. */
export function countValue(word: string): number | undefined {
  const lower = word.toLowerCase().replace(/\s+/g, ' ');
  if (VAGUE_COUNTS.includes(lower)) return undefined;
  const half = lower.endsWith(' 1/2') ? 0.5 : 0;
  const digits = Number(lower.replace(' 1/2', ''));
  if (Number.isFinite(digits)) return digits + half;
  if (lower.includes('-')) return lower.split('-').reduce((sum, part) => sum + (NUMBER_WORDS[part] ?? 0), 0);
  return NUMBER_WORDS[lower];
}

/** Time units: their TIMEX3 letter, whether they are clock units (PT…), and their length in smaller units. */
export interface Unit { letter: string; clock: boolean; scale: number }
export const UNITS: Record<string, Unit> = {
  second: { letter: 'S', clock: true, scale: 1 },
  minute: { letter: 'M', clock: true, scale: 1 },
  hour: { letter: 'H', clock: true, scale: 1 },
  day: { letter: 'D', clock: false, scale: 1 },
  night: { letter: 'D', clock: false, scale: 1 },
  week: { letter: 'W', clock: false, scale: 1 },
  month: { letter: 'M', clock: false, scale: 1 },
  year: { letter: 'Y', clock: false, scale: 1 },
  decade: { letter: 'Y', clock: false, scale: 10 },
  century: { letter: 'Y', clock: false, scale: 100 },
};
export const UNIT_RE = '(?:second|minute|hour|day|night|week|month|year|decade|century|centurie)';

/** `years` → `year`, `centuries` → `century`. */
export function unitOf(word: string): Unit | undefined {
  const lower = word.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
  return UNITS[lower];
}
