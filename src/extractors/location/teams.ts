/**
 * Filter: a town in a results table, a fixture or a match report is a team, not a place
 * (`Wigan 42 Bradford 36`, `Walsall v Wrexham`, `MINNESOTA 67 68`, `CHICAGO AT TORONTO`,
 * `Leicestershire beat Somerset`), and so is every other mention of that name in the article.
 * Countries and the home nations stay (`Scotland 15-10`, `Wales 2 Moldova 0`: a national side is still
 * named after its country), and states outside standings and results rows.
 */
import { isAboveCounty, type Place } from './gazetteer.js';
import { opensLine, type Mention } from './mentions.js';

/**
 * A score after the name: a number of one to three digits (not a year, decimal or time), then the end,
 * another figure, a bracket, a comma, a dash, the next name or a second innings (`Essex 372 and 100-5`).
 */
const SCORE_AFTER = /^[ \t]+\d{1,3}(?![\d.,:%])(?=[ \t]*(?:$|[\n\d(,;\-–]|\p{Lu}|and[ \t]+\d))/u;
/** `v`, `vs` or `vs.` between two sides, or before the opponent in a fixture list (`May 17 v Durham`). */
const VERSUS_AFTER = /^\s+vs?\.?\s+\p{Lu}/u;
const VERSUS_BEFORE = /[\p{L}\d]\s+vs?\.?\s+$/u;
/** A verb of a match's result between two sides (`Leicestershire beat Somerset`, `victory over Gloucester`). */
const RESULT_VERBS = 'beat|defeated|edged|routed|thrashed|trounced|drew with|lost to';
const RESULT_AFTER = new RegExp(`^[ \\t]+(?:${RESULT_VERBS})[ \\t]+(?:the[ \\t]+)?\\p{Lu}`, 'u');
const RESULT_BEFORE = new RegExp(`\\b(?:${RESULT_VERBS}|victory over|winners over)[ \\t]+(?:the[ \\t]+)?$`, 'u');
/** A country in brackets after the name: the name is a player's or a club's (`Alba ( Germany ) 75`). */
const OPEN_BRACKET = /^[ \t]*\([ \t]*/;
const CLOSE_BRACKET = /^[ \t]*\)/;
/** Enough text on either side to see a score, a `v` or a result verb. */
const WINDOW = 24;

/** A row of a standings table after the name: two figures (`MINNESOTA 67 68 .496`). */
const TABLE_ROW_AFTER = /^[ \t]+\d{1,3}[ \t]+\d/;
/** A results row around the name: another side and its score before it, or after its own score (`Detroit 4 Minnesota 6`, `Minnesota 6 MILWAUKEE 1`). */
const SIDE_SCORED_BEFORE = /\p{L}[ \t]+\d{1,3}[ \t]+$/u;
const SIDE_SCORED_AFTER = /^[ \t]+\d{1,3}[ \t]+\p{Lu}[\p{L} .]{0,24}?[ \t]+\d{1,3}\b/u;
/**
 * A fixture line: the visiting side, upper-case, opens the line before `AT` and the home town
 * (`KANSAS CITY AT DETROIT`); the home town names where the game is played, a place.
 */
const VISITOR_LINE_AFTER = /^ AT \p{Lu}[\p{Lu} .'’-]{0,30}(?:\n|$)/u;

function visitsFixture(text: string, mention: Mention): boolean {
  return opensLine(text, mention.start) && VISITOR_LINE_AFTER.test(text.slice(mention.end, mention.end + 40));
}

/** Rule: a mention's own context says it is a side in a match. */
function namesSide(text: string, mention: Mention, place: Place | undefined): boolean {
  const after = text.slice(mention.end, mention.end + WINDOW);
  const before = text.slice(Math.max(0, mention.start - WINDOW), mention.start);
  // A state is a team only in a standings or results row (`Scotland 15-10` is the national side, a place to the corpora).
  if (place && isAboveCounty(place)) {
    return TABLE_ROW_AFTER.test(after) || (SCORE_AFTER.test(after) && (SIDE_SCORED_BEFORE.test(before) || SIDE_SCORED_AFTER.test(after))) || visitsFixture(text, mention);
  }
  return SCORE_AFTER.test(after) || VERSUS_AFTER.test(after) || VERSUS_BEFORE.test(before) || RESULT_AFTER.test(after) || RESULT_BEFORE.test(before) || visitsFixture(text, mention);
}

const key = (mention: Mention) => mention.text.toLowerCase();

/** The nations of the United Kingdom: subdivisions to ISO 3166-2, but they field national sides as countries do. */
const HOME_NATIONS = new Set(['GB-ENG', 'GB-SCT', 'GB-WLS', 'GB-NIR']);

/** A country, or a nation that plays as one: its side is still named after the place. */
const isNation = (place: Place | undefined) => place?.type === 'country' || (place !== undefined && HOME_NATIONS.has(place.value));

/**
 * Refiner: drops the teams, and every other mention of a name the article uses for a team, unless
 * its context marks a place (`in St Louis`, a dateline).
 */
export function withoutTeams(text: string, mentions: Mention[], placeOf: (m: Mention) => Place | undefined): Mention[] {
  const sides = new Set<Mention>();
  const names = new Set<string>();
  const byStart = new Map(mentions.map((m) => [m.start, m]));
  /** Rule: `Anthony Hill ( Australia )`, `Alba ( Germany )`: a player or a club, with its country. */
  const withCountry = (mention: Mention) => {
    const open = OPEN_BRACKET.exec(text.slice(mention.end, mention.end + 8));
    const inside = open && byStart.get(mention.end + open[0].length);
    return !!inside && isNation(placeOf(inside)) && CLOSE_BRACKET.test(text.slice(inside.end, inside.end + 4));
  };
  for (const mention of mentions) {
    const place = placeOf(mention);
    if (!isNation(place) && !mention.adjective && (namesSide(text, mention, place) || withCountry(mention))) {
      sides.add(mention);
      names.add(key(mention));
    }
  }
  if (sides.size === 0) return mentions;
  return mentions.filter((m) => !sides.has(m) && (m.anchored || m.adjective || isNation(placeOf(m)) || !names.has(key(m))));
}
