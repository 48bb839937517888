/**
 * Locations: place names and demonyms found in the gazetteer (countries, first-level regions,
 * GeoNames cities) over the shared parse, resolved to one place each in the light of the other
 * places of the article; places compromise tags that the gazetteer lacks (`the Black Sea`) are kept
 * unresolved.
 */
import type { ParsedDocument, Token } from '../../document.js';
import { dropOverlaps } from '../../spans.js';
import type { LocationFact } from '../../types.js';
import type { Draft, Extractor } from '../extractor.js';
import { bare, findMentions, inTableHeader, looksLikeName, signalledNames, lookupMention, NAME_JOINERS, POSSESSIVE, type Mention } from './mentions.js';
import { SHORT_TITLES, withoutPeople } from './people.js';
import { isAboveCounty, isCountryOrState, isLocal, type Place } from './gazetteer.js';
import { km, qualifiedBy, regionOf, resolveMentions } from './resolve.js';
import { withoutTeams } from './teams.js';

export type LocationDraft = Draft<LocationFact>;

/**
 * compromise's `places()`, read off the shared tokens rather than run as a match over the parse
 * again (a tenth of this extractor's time): runs of `#Place`/`#Address` tokens within a sentence,
 * cut after a comma, except `Paris, France` (a named place, then a country or region).
 */
function placeRuns(doc: ParsedDocument): Token[][] {
  const runs: Token[][] = [];
  for (const { tokens } of doc.sentences) {
    let run: Token[] = [];
    tokens.forEach((token, i) => {
      const inPlace = token.tags.has('Place') || token.tags.has('Address');
      if (inPlace) run.push(token);
      if (run.length > 0 && (!inPlace || (token.post.includes(',') && cutsAfterComma(token, tokens[i + 1])))) {
        runs.push(run);
        run = [];
      }
    });
    if (run.length > 0) runs.push(run);
  }
  return runs;
}

function cutsAfterComma(token: Token, next: Token | undefined): boolean {
  if (/^(asia|africa|europe|america)$/.test(token.normal)) return true;
  const named = token.tags.has('City') || token.tags.has('Region') || token.tags.has('ProperNoun');
  return !(named && next && (next.tags.has('Country') || next.tags.has('Region')));
}

/** Rule: compromise's places, trimmed of possessives, split where one place qualifies another. */
function taggedPlaces(doc: ParsedDocument): Mention[] {
  const found: Mention[] = [];
  for (const tokens of placeRuns(doc)) {
    for (const part of splitAtPossessives(tokens).map(withoutDateWords).filter((p) => p.length > 0)) {
      const last = part[part.length - 1];
      const end = last.start + bare(last).length;
      if (end <= part[0].start) continue;
      const mention = withoutLeadingArticle(doc, part, end);
      if (looksLikeName(mention) && (mention.readings.length > 0 || (allCapitalised(part) && !namesNoPlace(part)))) found.push(mention);
    }
  }
  return found;
}

/**
 * `The Korean Peninsula` opening a sentence: the article is no part of the name, unless the
 * gazetteer knows it with one (`The Hague`).
 */
function withoutLeadingArticle(doc: ParsedDocument, part: Token[], end: number): Mention {
  const last = part[part.length - 1];
  const whole = lookupMention(doc, part[0], last, end);
  return part.length > 1 && part[0].normal === 'the' && whole.readings.length === 0 ? lookupMention(doc, part[1], last, end) : whole;
}

/** `Mill Creek Road Tuesday`: a day or month the parse ran into the name is not part of it. */
function withoutDateWords(tokens: Token[]): Token[] {
  let end = tokens.length;
  while (end > 0 && ['WeekDay', 'Month', 'Date'].some((tag) => tokens[end - 1].tags.has(tag))) end--;
  return tokens.slice(0, end);
}

/** A name the gazetteer lacks must look like one: `Marlowe House`, not `Web site`. */
function allCapitalised(tokens: Token[]): boolean {
  return tokens.every((t) => /^[\p{Lu}\d]/u.test(t.text) || NAME_JOINERS.has(t.normal));
}

/** Words that end the name of a body, not a place (`City Council`, `State Department`). */
const BODY_HEADS = new Set([
  'council', 'department', 'office', 'board', 'committee', 'commission', 'ministry', 'agency', 'administration', 'federation', 'tournament',
  'fund', 'foundation', 'association', 'society', 'club', 'company', 'corporation', 'institute', 'party', 'authority', 'trust',
]);
/** Words that end the name of a building, which the geocoded corpora do not count as a place (`Marlowe House`, `Grand Hotel`). */
const BUILDING_HEADS = new Set(['house', 'building', 'hotel', 'library', 'church', 'restaurant', 'museum']);
/** Words that end the name of an event (`Memorial Day`, `the Gulf War`, `the U.S. Open`, `the Monaco Grand Prix`). */
const EVENT_WORDS = ['Day', 'War', 'Wars', 'Open', 'Games', 'Cup', 'Championship', 'Championships', 'Marathon', 'Prix'];
const EVENT_HEADS = new Set(EVENT_WORDS.map((word) => word.toLowerCase()));
/** Words that open a title or a body when a name begins with them (`County Commissioner`, `House Speaker`, `State Board`). */
const GENERIC_OPENERS = new Set(['state', 'county', 'city', 'township', 'district', 'house']);
/** Words that make a name a place again (`City Hall`, `State Street`). */
const PLACE_HEADS = new Set(['hall', 'park', 'street', 'square', 'road', 'avenue', 'bridge', 'center', 'centre', 'line', 'college', 'capitol']);

/**
 * Filter: a name compromise tags as a place but the gazetteer lacks is no place when it names a body
 * (`City Council`), a building (`Marlowe House`), an event (`Memorial Day`) or a title (`County
 * Commissioner`, `Sen.`, `State Jane` of `Secretary of State Jane Porter`).
 */
function namesNoPlace(tokens: Token[]): boolean {
  const head = bare(tokens[tokens.length - 1]).toLowerCase();
  if (BODY_HEADS.has(head) || BUILDING_HEADS.has(head) || EVENT_HEADS.has(head) || (tokens.length === 1 && SHORT_TITLES.has(tokens[0].normal))) return true;
  return tokens.length > 1 && GENERIC_OPENERS.has(tokens[0].normal) && !PLACE_HEADS.has(head);
}

/** `Russia’s Kursk region` names two places: the possessor and the possessed. */
function splitAtPossessives(tokens: Token[]): Token[][] {
  const parts: Token[][] = [[]];
  for (const token of tokens) {
    parts[parts.length - 1].push(token);
    if (POSSESSIVE.test(token.text)) parts.push([]);
  }
  return parts.filter((part) => part.length > 0);
}

/** Refiner: a gazetteer mention wins over a tagged place it overlaps. */
function preferGazetteer(gazetteer: Mention[], tagged: Mention[]): Mention[] {
  const overlaps = (span: Mention) => {
    let low = 0;
    let high = gazetteer.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (gazetteer[mid].end <= span.start) low = mid + 1;
      else high = mid;
    }
    return low < gazetteer.length && gazetteer[low].start < span.end;
  };
  return [...gazetteer, ...dropOverlaps(tagged.filter((span) => !overlaps(span)))].sort((a, b) => a.start - b.start);
}

/** Refiner: each mention the gazetteer knows becomes the place it most likely names. */
function toFacts(doc: ParsedDocument, mentions: Mention[]): LocationDraft[] {
  const known = mentions.filter((m) => m.readings.length > 0);
  const resolved = resolveMentions(doc.text, known);
  const places = new Map(known.map((m, i) => [m, resolved[i]]));
  const namedRegions = new Set(resolved.filter((p) => p?.type === 'region').map((p) => regionOf(p!)));
  const towns = resolved.filter((place, i): place is Place => !!place && !known[i].weak && isLocal(place));
  // A weak mention the text puts in a region (`Dublin, Minn.`) has no place left to test, and stays.
  const placed = (m: Mention) => {
    const place = places.get(m);
    return !place || namedRegions.has(regionOf(place)) || besideTown(place, towns);
  };
  const kept = withoutTeams(doc, mentions.filter((m) => !m.weak || placed(m)), (m) => places.get(m));
  const focus = articleFocus(kept.filter((m) => !m.adjective).map((m) => places.get(m)));
  return kept.map((mention, i) => {
    const span = { kind: 'location' as const, start: mention.start, end: mention.end, text: mention.text };
    const place = places.get(mention);
    if (!place) {
      const near = qualifier(doc.text, mention, kept[i + 1], places) ?? focus;
      return near ? { ...span, country: near.country, lat: near.lat, lon: near.lon, near: near.name, form: 'name' } : { ...span, form: 'name' };
    }
    return {
      ...span,
      ...(place.value ? { value: place.value } : {}),
      name: place.name,
      type: place.type,
      ...(place.country ? { country: place.country } : {}),
      lat: place.lat,
      lon: place.lon,
      form: mention.adjective ? 'adjective' : 'name',
    };
  });
}

/** A town this close to another the article names for sure is a neighbour's (a suburb, the next town), not a namesake's. */
const BESIDE_KM = 40;

/**
 * Rule: a weak mention (a small town's name, or a surname's, with no sign of a place) is kept where the
 * article names its region, or a town beside it that is surely meant (`Henderson` beside `Las Vegas`).
 */
function besideTown(place: Place, towns: Place[]): boolean {
  return towns.some((town) => town !== place && km(town, place) <= BESIDE_KM);
}

/** The region or country named after a comma that a name the gazetteer lacks lies in (`Dublin, Minnesota`). */
function qualifier(text: string, mention: Mention, next: Mention | undefined, places: Map<Mention, Place | undefined>): Place | undefined {
  const place = next && places.get(next);
  return place && isCountryOrState(place) && qualifiedBy(text, mention, next) ? place : undefined;
}

/**
 * The place the article is about: the town, county or state it names most often (the first of
 * equals). A name the gazetteer lacks (`Magazine Street`, a neighbourhood, a creek) most likely lies
 * there, so it borrows that place's point, and says so in `near`; across the geocoded dev sets
 * about two in three such names lie within 161 km of it.
 */
function articleFocus(places: (Place | undefined)[]): Place | undefined {
  const counts = new Map<string, number>();
  let focus: Place | undefined;
  for (const place of places) {
    if (!place || !(isLocal(place) || (isAboveCounty(place) && place.country))) continue;
    const count = (counts.get(place.value) ?? 0) + 1;
    counts.set(place.value, count);
    if (!focus || count > counts.get(focus.value)!) focus = place;
  }
  return focus;
}

/** An event named after the mention, in a headline's capitals too: `the Gulf War`, `St. Patrick's Day`, `the Texas Open`, `MONACO GRAND PRIX`. */
const EVENT_AFTER = new RegExp(`^(?:['’]s)?[ \\t]+(?:Grand[ \\t]+|GRAND[ \\t]+)?(?:${[...EVENT_WORDS, ...EVENT_WORDS.map((word) => word.toUpperCase())].join('|')})\\b`);
/** Enough text after a mention to see the event word. */
const EVENT_WINDOW = 24;

/**
 * Filters: a name that heads an event's name (`Gulf War`, `St. Patrick's Day`) is no place there, nor
 * an abbreviation among a table's column heads (`GB`).
 */
function withoutEventsAndHeads(text: string, mentions: Mention[]): Mention[] {
  return mentions.filter((m) => !EVENT_AFTER.test(text.slice(m.end, m.end + EVENT_WINDOW)) && !inTableHeader(text, m));
}

function extractLocations(doc: ParsedDocument): LocationDraft[] {
  const mentions = preferGazetteer(findMentions(doc), [...taggedPlaces(doc), ...signalledNames(doc)]);
  return toFacts(doc, withoutPeople(doc, withoutEventsAndHeads(doc.text, mentions)));
}

export const locationExtractor: Extractor<'location'> = {
  kind: 'location',
  extract: extractLocations,
};
