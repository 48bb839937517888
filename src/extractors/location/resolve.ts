/**
 * Refiner: choose which place each mention names. A reading scores by its kind and size
 * (country > region > city by population), then gains where it fits the other places of the
 * article: the same country (`Paris` beside `Texas` is in the US), the same state or province, a
 * town or county nearby (chosen, or only possible), other states of its country (for a state), the
 * shores of a feature (`the Gulf` beside Iran), a kind word after it (`Kursk region`), or sums in
 * dollars alone (an American article). A weak mention (a small town's name with no sign of a place)
 * supports no other.
 */
import { isAboveCounty, isCountryOrState, isLocal, lookupPlaces, type Place, type Reading } from './gazetteer.js';
import { shoresNamed } from './features.js';
import { bare, type Mention } from './mentions.js';

const COUNTRY_SCORE = 10;
const MACRO_REGION_SCORE = 8;
const REGION_SCORE = 5.5;
/** A physical feature (`Black Sea`, `Thames`) ranks above a state and all but the biggest towns of its name, below a country. */
const FEATURE_SCORE = 6;
/** Per country or state of a feature's shores that the article names: as much as its own country gives a place. */
const SHORE_BONUS = 2;
/** A county ranks below a state; among counties of one name the more populous wins. */
const COUNTY_SCORE = 4;
const COUNTY_POPULATION_WEIGHT = 0.1;
const CAPITAL_BONUS = 1.5;
const SAME_COUNTRY_BONUS = 2;
const SAME_REGION_BONUS = 3;
const KIND_WORD_BONUS = 3;
/**
 * A state or province gains where the article names another of the same country (`California`, `Utah`,
 * `Idaho`); not so a name that is also a national capital's (`Washington` is the capital first).
 */
const SIBLING_REGION_BONUS = 2;
/** Two other states make the reading surer than one (`Georgia, Alabama and Texas`). */
const MAX_SIBLINGS = 2;
const ALTERNATE_NAME_PENALTY = 2;
/** A town within this distance of a town or county the article names is probably the one meant. */
const NEAR_KM = 80;
const NEAR_BONUS = 3;
/** A town near one that another name of the article may denote (not yet chosen) gains less. */
const POSSIBLE_NEAR_BONUS = 2;
/** Grid cells of one degree; a cell keeps a few places, enough to tell whether another name lies near. */
const CELL_CAPACITY = 4;
/** The cells of all the towns the names may denote keep more: one name may denote many towns. */
const POSSIBLE_CELL_CAPACITY = 8;
/** How much a town's region counts towards the article's regions, against 1 for a region named outright. */
const TOWN_REGION_WEIGHT = 0.5;
/**
 * Rounds of choosing a reading in the light of the others' choices. The choices need not settle (two
 * names can keep swapping each other's country), so the count is fixed: three rounds place more
 * names right than two on both geocoded dev sets, and more do not.
 */
const ROUNDS = 3;

/** A word after the name that says which kind of place it is (`the Kursk region`, `Kansas City`). */
const KIND_WORDS: [RegExp, Place['type']][] = [
  [/^\s+(?:region|province|oblast|state|governorate|prefecture)\b/i, 'region'],
  [/^\s+(?:city|town|village)\b/i, 'city'],
];

function baseScore(place: Place): number {
  if (place.type === 'country') return COUNTRY_SCORE;
  if (place.county) return COUNTY_SCORE + COUNTY_POPULATION_WEIGHT * Math.log10(place.population + 1);
  if (place.type === 'region') return place.country ? REGION_SCORE : MACRO_REGION_SCORE;
  if (place.type === 'feature') return FEATURE_SCORE;
  return Math.log10(place.population + 1) + (place.capital ? CAPITAL_BONUS : 0);
}

/** Which names of the article point into each country or first-level region, and how firmly. */
class Context {
  private readonly names = new Map<string, Map<string, number>>();

  add(where: string, name: string, weight = 1): void {
    const names = this.names.get(where) ?? new Map<string, number>();
    names.set(name, Math.max(weight, names.get(name) ?? 0));
    this.names.set(where, names);
  }

  /** How many names other than `name` point there. */
  others(where: string, name: string): number {
    const names = this.names.get(where);
    return names ? names.size - (names.has(name) ? 1 : 0) : 0;
  }

  /** How firmly some name other than `name` points there (0 when none does). */
  elsewhere(where: string, name: string): number {
    let firmest = 0;
    for (const [other, weight] of this.names.get(where) ?? []) if (other !== name) firmest = Math.max(firmest, weight);
    return firmest;
  }
}

/** Great-circle distance in km. */
export function km(a: Place, b: Place): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** The towns and counties chosen so far, on a grid of one-degree cells, so a lookup stays constant-time. */
class Neighbours {
  private readonly cells = new Map<string, { place: Place; name: string }[]>();

  constructor(private readonly capacity = CELL_CAPACITY) {}

  private static cell(lat: number, lon: number): string {
    return `${Math.floor(lat)},${Math.floor(lon)}`;
  }

  add(place: Place, name: string): void {
    const key = Neighbours.cell(place.lat, place.lon);
    const list = this.cells.get(key) ?? [];
    if (list.length < this.capacity && !list.some((e) => e.name === name && e.place === place)) list.push({ place, name });
    this.cells.set(key, list);
  }

  /** Some place named otherwise than `name` lies within NEAR_KM of `place`. */
  near(place: Place, name: string): boolean {
    for (let dLat = -1; dLat <= 1; dLat++) {
      for (let dLon = -1; dLon <= 1; dLon++) {
        const list = this.cells.get(Neighbours.cell(place.lat + dLat, place.lon + dLon)) ?? [];
        if (list.some((e) => e.name !== name && km(e.place, place) <= NEAR_KM)) return true;
      }
    }
    return false;
  }
}

/**
 * A list of names that ends in `counties` or `parishes` (`Dale, Pike and Coffee counties`), or a name
 * followed by the abbreviation `Co.` (`Pike Co.`): one word a name, so the pattern never backtracks.
 */
const COUNTY_LIST_AFTER = /^(?:,?\s+(?:(?:and|or|to)\s+)?\p{Lu}[\p{L}'’.-]*)*,?\s+(?:counties|parishes)\b|^\s+Co\.(?!\w)/u;
/** How far after a name such a list may run (about a dozen names). */
const COUNTY_LIST_CHARS = 160;

/** Rule: a name in a list of counties names the county (`Pike` in `Dale, Pike and Coffee counties`), where the gazetteer has one. */
function countyReadings(text: string, mention: Mention, name: string): Reading[] | undefined {
  if (!COUNTY_LIST_AFTER.test(text.slice(mention.end, mention.end + COUNTY_LIST_CHARS))) return undefined;
  const counties = [...lookupPlaces(`${name} county`), ...lookupPlaces(`${name} parish`)];
  return counties.length > 0 ? counties : undefined;
}

/** Only a comma between a name and the next: `Dublin, Minn.`, `Paris, France`. */
const QUALIFIED_BY_NEXT = /^,[ \t]*$/;

/** The next mention follows the name after a comma alone, as a region or country qualifies a town. */
export const qualifiedBy = (text: string, mention: Mention, next: Mention) => QUALIFIED_BY_NEXT.test(text.slice(mention.end, next.start));

/**
 * Rule: a town's name followed by a comma and a region's or a country's name lies there (`Dublin,
 * Minn.`, `Athens, Ga.`): only its readings there count, and where the gazetteer has none the town is
 * one it lacks (no readings). A name that may itself be a region or country is a list (`Georgia, Alabama`).
 */
function qualifiedReadings(text: string, mentions: Mention[], readings: Reading[][]): Reading[][] {
  return readings.map((list, i) => {
    const next = mentions[i + 1];
    if (!next || !qualifiedBy(text, mentions[i], next) || !list.every(({ place }) => isLocal(place))) return list;
    const wholes = readings[i + 1].filter(({ place }) => isCountryOrState(place));
    if (wholes.length === 0) return list;
    const within = list.filter(({ place }) => wholes.some(({ place: whole }) => (whole.type === 'country' ? whole.country === place.country : regionOf(whole) === regionOf(place))));
    return within;
  });
}

/** A sum in dollars; any other currency, or another country's dollar (`C$`, `A$`). */
const DOLLAR_AMOUNT = /\$\s?\d/;
const OTHER_CURRENCY = /[£€¥]\s?\d|\d\s?(?:pounds|euros|yen|rupees)\b|\b(?:C|A|NZ|HK|S)\$/;
/** What the currency counts as among the article's names: no place name can be written so. */
const CURRENCY_NAME = '$';

/**
 * Rule: an article that counts money in dollars and in no other currency is most likely American, so
 * its dollars count as one more name in the United States, as `Texas` would (`Winchester approved $2
 * million` is an American Winchester, not the English one).
 */
const countsOnlyInDollars = (text: string) => DOLLAR_AMOUNT.test(text) && !OTHER_CURRENCY.test(text);

/** `US-TX`: the country and first-level region a place lies in. */
export const regionOf = (place: Place) => `${place.country}-${place.admin1}`;

/**
 * The reading each mention most likely names, in mention order; undefined for a town the gazetteer
 * lacks in the region the text puts it in.
 */
export function resolveMentions(text: string, mentions: Mention[]): (Place | undefined)[] {
  // One name however it is written (`Alexandria’s`, `ALEXANDRIA`): a name does not support itself.
  const names = mentions.map((m) => text.slice(m.first.start, m.last.start + bare(m.last).length).replace(/\s+/g, ' ').toLowerCase());
  const readings = qualifiedReadings(text, mentions, mentions.map((m, i) => countyReadings(text, m, names[i]) ?? m.readings));
  const hints = mentions.map((m) => KIND_WORDS.find(([pattern]) => pattern.test(text.slice(m.end, m.end + 16)))?.[1]);
  // Any region a name may denote supports the cities in it (`Georgia` beside `Gainesville`).
  const regionReadings = new Context();
  readings.forEach((list, i) => {
    for (const { place } of list) if (place.type === 'region' && place.admin1) regionReadings.add(regionOf(place), names[i]);
  });

  // Any town or county a name may denote makes its neighbours likelier: two ambiguous names are read as
  // the pair that lie near each other (`Clark County` and `Springfield`, Ohio), which rounds of choosing
  // from the most populous readings would not reach.
  const possibleNeighbours = new Neighbours(POSSIBLE_CELL_CAPACITY);
  readings.forEach((list, i) => {
    if (!mentions[i].weak) for (const { place } of list) if (isLocal(place)) possibleNeighbours.add(place, names[i]);
  });

  const countsInDollars = countsOnlyInDollars(text);
  let chosen = readings.map((list) => best(list, baseScore));
  const namesCapital = readings.map((list) => list.some(({ place }) => place.capital));
  for (let round = 0; round < ROUNDS; round++) {
    const countries = new Context();
    const regions = new Context();
    const neighbours = new Neighbours();
    const states = new Context();
    if (countsInDollars) countries.add('US', CURRENCY_NAME);
    chosen.forEach((place, i) => {
      // A weak mention (a small town's name with no sign of a place) anchors nothing.
      if (!place || mentions[i].weak) return;
      if (isAboveCounty(place) && place.country) states.add(place.country, names[i]);
      if (isLocal(place)) neighbours.add(place, names[i]);
      if (place.country) countries.add(place.country, names[i]);
      // A region named outright says more than the region a town of that name happens to lie in.
      if (place.admin1) regions.add(regionOf(place), names[i], place.type === 'region' ? 1 : TOWN_REGION_WEIGHT);
    });
    chosen = readings.map((list, i) =>
      best(list, (place, alternate) => {
        let score = baseScore(place);
        if (place.country) score += SAME_COUNTRY_BONUS * Math.min(1, countries.elsewhere(place.country, names[i]));
        if (place.admin1) {
          const region = regionOf(place);
          // A region is read as such if any town of the article lies in it; a town or county needs firmer support.
          const support = isLocal(place) ? Math.max(regions.elsewhere(region, names[i]), regionReadings.elsewhere(region, names[i])) : Math.ceil(regions.elsewhere(region, names[i]));
          score += SAME_REGION_BONUS * support;
        }
        // Rule: towns of the same article lie near each other (`Jordan` beside `Shakopee` is the Minnesota
        // town); not so a city's alternate name (`Mexico` for Mexico City).
        if (isLocal(place) && !alternate) {
          if (neighbours.near(place, names[i])) score += NEAR_BONUS;
          else if (possibleNeighbours.near(place, names[i])) score += POSSIBLE_NEAR_BONUS;
        }
        if (isAboveCounty(place) && place.country && !namesCapital[i]) score += SIBLING_REGION_BONUS * Math.min(MAX_SIBLINGS, states.others(place.country, names[i]));
        // `the Gulf region`, `the Caucasus region`: a feature is the middle of a region too.
        if (hints[i] === place.type || (hints[i] === 'region' && place.type === 'feature')) score += KIND_WORD_BONUS;
        const named = (code: string) => (code.includes('-') ? regions.elsewhere(code, names[i]) : countries.elsewhere(code, names[i]));
        score += SHORE_BONUS * shoresNamed(place, named);
        return score;
      }),
    );
  }
  return chosen;
}

function best(readings: Reading[], score: (place: Place, alternate: boolean) => number): Place | undefined {
  let top: Place | undefined;
  let topScore = -Infinity;
  for (const { place, alternate } of readings) {
    const s = score(place, alternate) - (alternate ? ALTERNATE_NAME_PENALTY : 0);
    if (s > topScore) {
      top = place;
      topScore = s;
    }
  }
  return top;
}
