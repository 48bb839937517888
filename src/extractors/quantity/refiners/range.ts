import type { Candidate } from '../candidate.js';
import { measureUnitAfter } from './unit.js';
import { isTimeOfDay } from './filters.js';

/** `1,000-3,000`, `1,000–3,000`, `20~100`: a dash between two numbers, the first the smaller. */
const DASH = /^\s*[-–—~]\s*$/;
/** `1,000 to 3,000`, `20 through 100`, `to-260,000`. */
const TO = /^\s*(?:to|through|thru|until|up to)\s*-?\s*$/i;
/** `$7/$9`: two prices with a slash. */
const SLASH = /^\s*\/\s*$/;
/** `between 1,000 and 3,000`. */
const AND = /^\s*and\s*$/i;
/** `208 pounds to 193`, `44 mg to 50 mg`, `138,285 lots from 212,577`: a unit of up to three words before `to`. */
const UNIT_TO = /^\s*(?<unit>[^\d\s,.;:()][^\s,;:()]*(?:\s[^\d\s,.;:()][^\s,;:()]*){0,2}?)\s+(?<joiner>to|up to|from|and)\s+$/i;
const BETWEEN_BEFORE = /\bbetween\s+(?:\S{1,6}\s)?$/i;
const FROM_BEFORE = /\bfrom\s+(?:\S{1,8}\s)?(?:\S{1,8}\s)?$/i;
/** `rose 9.4 per cent to $84`: the first number is a change, the second the level reached. */
const CHANGE_BEFORE = /\b(?:by|up|down|rose|rise|rises|rising|risen|fell|fall|falls|falling|fallen|gained?|gains|gaining|lost|lose|loses|losing|dropped|drop|drops|dropping|climbed|climb|climbs|jumped|jumps|jump|slid|slide|slides|slipped|slips|added|adds|shed|sheds|declined|declines|decline|increased|increase|increases|decreased|decrease|grew|grow|grows|surged|surges|plunged|plunges|tumbled|tumbles|eased|eases|advanced|advances|soared|soars|sank|sinks|narrowed|widened|cut|raised|lowered|trimmed|boosted)\s+(?:\S{1,6}\s)?$/i;

/** After `rose`, `by`: a change and the level reached differ in kind (`2% to $84`) or in size (`$43.6bn to $419.2bn`). */
function isChangeThenLevel(a: Candidate, b: Candidate): boolean {
  const kind = (c: Candidate) => (c.meta.percent ? '%' : c.currency ?? '');
  const [low, high] = [Math.abs(a.value as number), Math.abs(b.value as number)];
  return kind(a) !== kind(b) || high > 3 * low || high < low / 3;
}

const isYearLike = (c: Candidate) => c.meta.plainInteger && /^\d{4}$/.test(c.text);

function numericEnds(a: Candidate, b: Candidate): [number, number] | null {
  if (typeof a.value !== 'number' || typeof b.value !== 'number') return null;
  return [a.value, b.value];
}

const MAX_JOINER = 40;

/** Do two neighbouring numbers make one range, by what stands between and around them? */
export function isRangePair(text: string, a: Candidate, b: Candidate): boolean {
  const ends = numericEnds(a, b);
  if (!ends) return false;
  if ((a.currency && b.currency && a.currency !== b.currency) || (a.meta.percent && b.currency) || (a.currency && b.meta.percent)) return false;
  if (isTimeOfDay(text, a) || isTimeOfDay(text, b)) return false;
  // Every joiner of a range is short (`-`, ` to `, ` and `, ` km to `); a long gap is never one,
  // and keeps the joiner patterns from scanning whole paragraphs.
  if (b.start - a.end > MAX_JOINER) return false;
  const gap = text.slice(a.end, b.start);
  const before = text.slice(Math.max(0, a.start - 24), a.start);
  if (SLASH.test(gap)) return !!a.currency && a.currency === b.currency;
  if (DASH.test(gap)) return ends[0] < ends[1] && /\d/.test(a.text) && /\d/.test(b.text) && !/\d[-–]\s*$/.test(before);
  if (AND.test(gap)) return BETWEEN_BEFORE.test(before);
  if (CHANGE_BEFORE.test(before) && !FROM_BEFORE.test(before) && isChangeThenLevel(a, b)) return false;
  if (isYearLike(a) && !isYearLike(b)) return false;
  if (TO.test(gap)) return ends[0] <= ends[1] || FROM_BEFORE.test(before);
  const { unit, joiner } = UNIT_TO.exec(gap)?.groups ?? {};
  if (!unit) return false;
  const sameUnitAfter = text.slice(b.end, b.end + unit.length + 2).trim().toLowerCase().startsWith(unit.toLowerCase());
  const otherUnitAfter = !sameUnitAfter && !!measureUnitAfter(text, b.end);
  if (otherUnitAfter) return false;
  if (joiner.toLowerCase() === 'and') return BETWEEN_BEFORE.test(before);
  if (joiner.toLowerCase() === 'from') return sameUnitAfter;
  if (joiner.toLowerCase() === 'up to') return FROM_BEFORE.test(before);
  return sameUnitAfter || FROM_BEFORE.test(before) || BETWEEN_BEFORE.test(before);
}

/** Join two candidates into one range fact; a scale written once serves both ends (`1 to 2 thousand`). */
export function joinRange(text: string, a: Candidate, b: Candidate): Candidate {
  let low = a.value as number;
  const high = b.value as number;
  const scale = b.meta.scale;
  if (scale && !a.meta.scale && low * scale <= high) low *= scale;
  const [min, max] = low <= high ? [low, high] : [high, low];
  return {
    ...b,
    start: a.start,
    text: text.slice(a.start, b.end),
    value: { low: min, high: max },
    unit: b.unit ?? a.unit,
    currency: b.currency ?? a.currency,
    meta: { ...b.meta, percent: a.meta.percent || b.meta.percent, plainInteger: false, wordy: a.meta.wordy || b.meta.wordy },
  };
}

/** Merge neighbouring numbers that form a range into one fact with `{low, high}`. */
export function mergeRanges(text: string, found: Candidate[]): Candidate[] {
  const merged: Candidate[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i];
    const b = found[i + 1];
    if (b && isRangePair(text, a, b)) {
      merged.push(joinRange(text, a, b));
      i++;
    } else merged.push(a);
  }
  return merged;
}
