/**
 * Rules for the gazetteer's physical features and named regions (`Black Sea`, `Nile`, `the Pacific`):
 * which readings a one-word name keeps, and how a name a feature shares is told apart.
 */
import type { Place, Reading } from './gazetteer.js';

/** `the` (`The`, `THE` in a headline) and a space just before the name. */
const THE_BEFORE = /(?:^|[^\p{L}])(?:[Tt]he|THE)[ \t]+$/u;
/** A capitalised word or a figure right after the name: it goes on into another's (`the Atlantic Council`, `the Channel 4`). */
const NAME_GOES_ON = /^[ \t]+[\p{Lu}\d]/u;

/**
 * Rule: a feature's one-word name that is also an adjective or a word of other names (`Pacific`,
 * `Atlantic`, `Amazon`) names the feature only after `the` and as the whole name (`across the Pacific`,
 * not `Union Pacific` or `the Atlantic Council`); there it names nothing else (`the Atlantic` is not
 * Atlantic, Iowa).
 */
export function readingsAfterThe(text: string, start: number, end: number, readings: Reading[]): Reading[] {
  if (!readings.some((r) => r.afterThe)) return readings;
  const fits = THE_BEFORE.test(text.slice(Math.max(0, start - 8), start)) && !NAME_GOES_ON.test(text.slice(end, end + 2));
  return readings.filter((r) => r.afterThe === fits);
}

/**
 * Rule: a name a feature shares with another feature or a subdivision (`the Gulf`, `Red Sea`) is the
 * feature whose shores the article names: beside Iran and Saudi Arabia the Persian Gulf, beside Texas and
 * Louisiana the Gulf of Mexico. `named(code)` says how firmly the article's other places point into a
 * country (`IR`) or US state (`US-TX`), 0 to 1; the sum is over the shores.
 */
export function shoresNamed(place: Place, named: (code: string) => number): number {
  let sum = 0;
  for (const code of place.shores) sum += named(code);
  return sum;
}
