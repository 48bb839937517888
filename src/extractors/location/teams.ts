/**
 * Filter: a town in a results table or fixture is a team, not a place (`Wigan 42 Bradford 36`,
 * `Walsall v Wrexham`, `MINNESOTA 67 68`). Countries stay, and states outside standings rows: a
 * national side (`Scotland 15-10`) is still named after its country.
 */
import { isAboveCounty, type Place } from './gazetteer.js';
import type { Mention } from './mentions.js';

/**
 * A score after the name: a number of one to three digits (not a year, decimal or time), then the end,
 * another figure, a bracket, a comma, a dash or the next name.
 */
const SCORE_AFTER = /^[ \t]+\d{1,3}(?![\d.,:%])(?=[ \t]*(?:$|[\n\d(,;\-–]|\p{Lu}))/u;
/** `v`, `vs` or `vs.` between two sides. */
const VERSUS_AFTER = /^\s+vs?\.?\s+\p{Lu}/u;
const VERSUS_BEFORE = /\p{L}\s+vs?\.?\s+$/u;
/** Enough text on either side to see a score or a `v`. */
const WINDOW = 16;

/** A row of a standings table after the name: two figures (`MINNESOTA 67 68 .496`). */
const TABLE_ROW_AFTER = /^[ \t]+\d{1,3}[ \t]+\d/;

export function isTeam(text: string, mention: Mention, place: Place | undefined): boolean {
  if (place?.type === 'country') return false;
  const after = text.slice(mention.end, mention.end + WINDOW);
  // A state is a team only in a standings row (`Scotland 15-10` is the national side, a place to the corpora).
  if (place && isAboveCounty(place)) return TABLE_ROW_AFTER.test(after);
  const before = text.slice(Math.max(0, mention.start - WINDOW), mention.start);
  return SCORE_AFTER.test(after) || VERSUS_AFTER.test(after) || VERSUS_BEFORE.test(before);
}
