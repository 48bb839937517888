/** TIMEX3 value arithmetic: calendar dates in UTC, formatted as TIMEX3 strings. */
import type { Unit } from './lexicon.js';

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** A calendar day (UTC midnight). */
export type Day = Date;

export function parseDay(iso: string | undefined): Day | undefined {
  if (!iso || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return undefined;
  const day = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(day.getTime()) ? undefined : day;
}

export function makeDay(year: number, month: number, date: number): Day {
  return new Date(Date.UTC(year, month - 1, date));
}

export function addDays(day: Day, days: number): Day {
  return new Date(day.getTime() + days * 86_400_000);
}

export function addMonths(day: Day, months: number): Day {
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + months, 1));
}

export const daysBetween = (a: Day, b: Day): number => Math.round((b.getTime() - a.getTime()) / 86_400_000);

export const formatYear = (day: Day): string => pad(day.getUTCFullYear(), 4);
export const formatMonth = (day: Day): string => `${formatYear(day)}-${pad(day.getUTCMonth() + 1)}`;
export const formatDay = (day: Day): string => `${formatMonth(day)}-${pad(day.getUTCDate())}`;

/**
 * ISO 8601 week, numbered as TimeBank writes it, without a leading zero (`2025-W6`, `2025-W14`):
 * weeks start on Monday, week 1 holds the year's first Thursday.
 */
export function formatWeek(day: Day): string {
  const thursday = addDays(day, 4 - (day.getUTCDay() || 7));
  const year = thursday.getUTCFullYear();
  const week = Math.floor(daysBetween(makeDay(year, 1, 1), thursday) / 7) + 1;
  return `${year}-W${week}`;
}

/** The value naming the calendar unit (day, week, month, year, decade, century) that holds `day`. */
export function formatAt(day: Day, unit: Unit): string {
  if (unit.letter === 'D') return formatDay(day);
  if (unit.letter === 'W') return formatWeek(day);
  if (unit.letter === 'M' && !unit.clock) return formatMonth(day);
  const year = formatYear(day);
  if (unit.scale === 10) return `${year.slice(0, 3)}X`;
  if (unit.scale === 100) return year.slice(0, 2);
  return year;
}

/** Move `day` by `count` calendar units (negative for the past). */
export function shift(day: Day, unit: Unit, count: number): Day {
  if (unit.letter === 'D') return addDays(day, count);
  if (unit.letter === 'W') return addDays(day, 7 * count);
  if (unit.letter === 'M' && !unit.clock) return addMonths(makeDay(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()), count);
  return makeDay(day.getUTCFullYear() + count * unit.scale, day.getUTCMonth() + 1, 1);
}

/** A TIMEX3 duration: `P3D`, `PT5H30M`, `P10Y`, `PXW` for a vague count. */
export function formatDuration(count: number | undefined, unit: Unit): string {
  const prefix = unit.clock ? 'PT' : 'P';
  if (count === undefined) return `${prefix}X${unit.letter}`;
  const whole = Math.floor(count);
  const half = count - whole;
  if (half && unit.letter === 'H' && unit.clock) return `PT${whole}H30M`;
  if (half && unit.letter === 'D') return `P${whole}DT12H`;
  if (half && unit.letter === 'Y') return `P${whole}Y6M`;
  return `${prefix}${whole * unit.scale}${unit.letter}`;
}
