/**
 * The one list of what runs: rules find candidates (order breaks ties between equally long
 * overlapping candidates), then refiners pass over them in order.
 */
import type { DateRefiner } from './refiner.js';
import type { DateRule } from './rule.js';
import { ago } from './rules/ago.js';
import { anaphoric } from './rules/anaphoric.js';
import { calendarDate, followingDay, relativeMonth } from './rules/calendar-date.js';
import { clockTime } from './rules/clock-time.js';
import { century, decade } from './rules/decade.js';
import { deictic } from './rules/deictic.js';
import { countedDuration, longDuration, vagueDuration } from './rules/duration.js';
import { genericRef } from './rules/generic-ref.js';
import { holiday } from './rules/holiday.js';
import { isoDate, slashDate } from './rules/numeric-date.js';
import { quarter } from './rules/quarter.js';
import { relativeUnit, theWeekend } from './rules/relative-unit.js';
import { season } from './rules/season.js';
import { everyUnit, frequency, setAdverb } from './rules/set.js';
import { weekOfDay, weekOfMonth } from './rules/week-of.js';
import { weekday } from './rules/weekday.js';
import { year } from './rules/year.js';
import { anchorAnaphora, offsetFromDate } from './refiners/anchor-anaphora.js';
import { anchorTimes } from './refiners/anchor-times.js';
import { dropOverlapping } from './refiners/drop-overlaps.js';
import { attachModifiers } from './refiners/modifiers.js';
import { sharedYear } from './refiners/shared-year.js';

export const DATE_RULES: readonly DateRule[] = [
  weekOfMonth, weekOfDay, calendarDate, followingDay, relativeMonth, isoDate, slashDate, quarter, season, holiday, decade, century, year,
  weekday, deictic, ago, anaphoric, relativeUnit, theWeekend, setAdverb, everyUnit, frequency,
  countedDuration, longDuration, vagueDuration, clockTime, genericRef,
];

export const DATE_REFINERS: readonly DateRefiner[] = [dropOverlapping, anchorAnaphora, offsetFromDate, attachModifiers, sharedYear, anchorTimes];
