/**
 * Rule: place mentions found by looking up capitalised token runs of the shared parse in the
 * gazetteer (longest name first), with filters that keep people, organisations and common words out.
 */
import type { ParsedDocument, Token } from '../../document.js';
import { lexiconTag } from '../../nlp.js';
import type { Span } from '../../types.js';
import { isCountryOrState, lookupPlaces, nameKey, type Reading } from './gazetteer.js';
import { readingsAfterThe } from './features.js';

export interface Mention extends Span {
  /** First and last token of the name itself (without a trailing `County`, `River`). */
  first: Token;
  last: Token;
  readings: Reading[];
  adjective: boolean;
  /** A small town's name with no other sign that it names a place: kept only if the article names its region or a town beside it. */
  weak?: boolean;
  /** Its context says it names a place: a dateline or a preposition of place before it (`in St Louis`). */
  anchored?: boolean;
}

/** The longest place name tried, in tokens (`Democratic Republic of the Congo`). */
const MAX_TOKENS = 6;
/** Lower-case words allowed inside a name (`Bosnia and Herzegovina`, `Gulf of Mexico`). */
export const NAME_JOINERS = new Set(['of', 'and', 'the', 'de', 'del', 'da', 'do', 'la', 'el', 'al', 'upon', 'on']);
/** Capitalised words that name the kind of place and belong to the mention (`Orange County`). */
const PLACE_KIND_SUFFIX = new Set(['county', 'city', 'province', 'oblast', 'parish', 'township', 'borough']);
/** Words that name a kind of place or a direction, not a place, when they stand alone (`City`, `North`). */
const GENERIC_PLACE_WORDS = new Set([
  ...PLACE_KIND_SUFFIX, 'river', 'island', 'islands', 'valley', 'state', 'street', 'road', 'avenue', 'council', 'court', 'bridge', 'park', 'square', 'downtown',
  'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'central', 'northern', 'southern', 'eastern', 'western',
  'st', 'centre', 'center', 'university', 'college', 'hospital', 'lot', 'trail', 'forest', 'delta', 'monument', 'police', 'district', 'region',
]);
/** compromise tags that make a lone capitalised word something other than a place name. */
const NOT_A_NAME = ['Month', 'WeekDay', 'Date'];
/** Prepositions that announce a place (`in Chiefland`, `near Kursk`). */
const LOCATIVE = new Set(['in', 'at', 'near', 'from', 'to', 'outside', 'across', 'into', 'toward', 'towards', 'throughout', 'around']);
/** Below this population a lone city name needs another sign that it names a place. */
const PROMINENT_POPULATION = 100_000;
const ABBREVIATION = /^[\p{Lu}.]{2,5}$/u;
export const POSSESSIVE = /['’]s?$/;

/** A token that can start or end a place name: capitalised or an upper-case abbreviation. */
export function isCapitalised(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text);
}

/** The token's text without a possessive ending (`Russia’s` → `Russia`). */
export function bare(token: Token): string {
  return token.text.replace(POSSESSIVE, '');
}

/** Abbreviations that open a place name, followed by their period (`St. Paris`, `Mt. Pleasant`, `Ft. Hood`). */
const NAME_OPENERS = new Set(['st', 'ste', 'mt', 'ft']);

/**
 * Tokens that run on into the next one: no punctuation between them but a space or a bare hyphen
 * (`Emilia-Romagna`), or the period of an abbreviation that opens a name (`St. Paris`).
 */
function joined(token: Token): boolean {
  return runsOn(token) && !POSSESSIVE.test(token.text);
}

/** As `joined`, but a possessive runs on too: the gazetteer has names with one (`People's Republic of China`). */
function runsOn(token: Token): boolean {
  if (/^\.\s+$/.test(token.post)) return NAME_OPENERS.has(token.text.toLowerCase());
  return /^(\s*|-)$/.test(token.post);
}

/** The mention covering `first`…`last` (up to `end`), with the gazetteer's readings of it, if any. */
export function lookupMention(doc: ParsedDocument, first: Token, last: Token, end: number): Mention {
  const withPeriod = doc.text[end] === '.' ? lookup(doc, first.start, end + 1) : [];
  // An abbreviation's period is part of its name (`Kan.`, `W.Va.`), though the parse splits it off.
  const stop = withPeriod.length > 0 ? end + 1 : end;
  const readings = withPeriod.length > 0 ? withPeriod : lookup(doc, first.start, end);
  const names = readings.filter((r) => !r.adjective);
  // `Canadian` is a country's adjective before it is a small Texan town.
  const adjectiveFirst = names.length < readings.length && names.every((r) => r.place.type === 'city' && r.place.population < PROMINENT_POPULATION);
  return {
    start: first.start,
    end: stop,
    text: doc.text.slice(first.start, stop),
    first,
    last,
    readings: names.length && !adjectiveFirst ? names : readings.filter((r) => r.adjective),
    adjective: readings.length > 0 && (names.length === 0 || adjectiveFirst),
  };
}

function lookup(doc: ParsedDocument, start: number, end: number): Reading[] {
  const name = doc.text.slice(start, end).replace(/\s+/g, ' ');
  // An abbreviation matches only as the gazetteer writes it (`NIS` is not `Niš`), unless the text is shouting.
  const abbreviation = ABBREVIATION.test(name) && !shouted(doc.text, start, end);
  return readingsAfterThe(doc.text, start, end, lookupPlaces(name).filter((r) => (abbreviation ? r.spellings.includes(name) : spelledAsName(r, name))));
}

/** Upper-case words on either side, or the start of a line (a dateline). */
const SHOUTING_BEFORE = /(?:^|\n)[ \t]*$|\b\p{Lu}{2,}[ \t,.'’-]*$/u;
const SHOUTING_AFTER = /^[ \t,.'’-]*\p{Lu}{2,}\b/u;
/** Enough text on either side to see a neighbouring word. */
const SHOUTING_WINDOW = 24;

/**
 * Rule: in an upper-case headline or dateline (`SEOUL , South Korea`, `TOKYO 1996-08-30`) a short
 * upper-case word is a name written loud, not an abbreviation.
 */
function shouted(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + SHOUTING_WINDOW);
  return SHOUTING_BEFORE.test(text.slice(Math.max(0, start - SHOUTING_WINDOW), start)) || SHOUTING_AFTER.test(after) || DATELINE_AFTER.test(after);
}

/** Rule: a gazetteer abbreviation is no name for a word written in lower case (`Act` is not the ACT, `Us` not the US). */
function spelledAsName(reading: Reading, name: string): boolean {
  const key = nameKey(name);
  return reading.spellings.some((s) => nameKey(s) === key && !(ABBREVIATION.test(s) && s !== name));
}

/** A party's initial hyphened to a legislator's home town, which the parse keeps as one word (`D-Charleston`). */
const PARTY_PREFIX = /^(?:R|D|I|DFL)-(?=\p{Lu})/u;

/**
 * Rule: `Rep. Ann Porter, D-Charleston`: the home town after the party's initial is a place.
 * The word is read from the town's first letter on, as the proper name it is.
 */
function partyHomeTown(tokens: Token[], i: number): Token | undefined {
  const prefix = PARTY_PREFIX.exec(tokens[i].text);
  if (!prefix || i === 0 || !tokens[i - 1].post.includes(',')) return undefined;
  const token = tokens[i];
  const start = token.start + prefix[0].length;
  return { ...token, start, text: token.text.slice(prefix[0].length), normal: token.normal.slice(prefix[0].length), tags: new Set([...token.tags, 'ProperNoun']) };
}

export function findMentions(doc: ParsedDocument): Mention[] {
  const mentions: Mention[] = [];
  for (const { tokens } of doc.sentences) {
    for (let i = 0; i < tokens.length; i++) {
      const town = partyHomeTown(tokens, i);
      if (!town) {
        i = mentionAt(doc, tokens, i, mentions);
        continue;
      }
      // The town stands in for the hyphened word in a copy of the sentence; the shared parse stays as it is.
      const withTown = [...tokens];
      withTown[i] = town;
      i = mentionAt(doc, withTown, i, mentions);
    }
  }
  return mentions;
}

/** Adds the mention that starts at token `i`, if any, and returns the position to go on from. */
function mentionAt(doc: ParsedDocument, tokens: Token[], i: number, mentions: Mention[]): number {
  if (!isCapitalised(tokens[i])) return i;
  const match = longestMatch(doc, tokens, i);
  if (!match) return i;
  const mention = withPlaceKindSuffix(doc, tokens, match);
  const dateline = isDateline(doc.text, mention);
  const verdict = placeVerdict(doc, tokens, mention, dateline);
  const next = mention.last.position + (mention.end > mention.last.end ? 1 : 0);
  if (verdict === 'no') return next;
  const anchored = isAnchored(tokens, mention, dateline) ? { anchored: true } : {};
  // Not after a kind word (`Orange County Road` is placed by the county).
  const named = mention.end <= mention.last.end ? namedAfter(doc, tokens, mention) : undefined;
  if (named) {
    mentions.push({ ...named, ...anchored });
    return named.last.position;
  }
  mentions.push({ ...mention, ...(verdict === 'weak' ? { weak: true } : {}), ...anchored });
  return next;
}

/**
 * Capitalised words that end the name of a street, a square, a quarter, a mission or a natural
 * feature. (A school, a hospital or an airport named after a place mostly stands in it: `Bristol
 * High School`.)
 */
const NAMESAKE_HEADS = new Set([
  'street', 'avenue', 'road', 'boulevard', 'lane', 'drive', 'square', 'plaza', 'quarter', 'embassy', 'consulate',
  'river', 'creek', 'lake', 'island', 'islands', 'valley', 'park', 'grove', 'farm', 'hill', 'hills', 'ridge', 'heights',
  'springs', 'falls', 'beach', 'bay', 'mountain', 'mountains', 'forest', 'canyon',
]);
/** Capitalised words that open the name of a natural feature or a base (`Lake Marion`, `Fort Bragg`). */
const NAMESAKE_OPENERS = new Set(['lake', 'mount', 'fort', 'camp', 'cape']);
/** Capitalised words allowed between the namesake and the head (`Pennsylvania Turnpike Road`). */
const MAX_NAMESAKE_INFIX = 2;

/**
 * Rule: a place's name inside the name of a street, a square, a quarter, an embassy or a natural
 * feature the gazetteer lacks (`Jefferson Square`, `Chinese Embassy`, `Mississippi River`, `Jordan
 * Creek`, `Lake Marion`) is its namesake, not where it is. The whole name is the mention, without
 * the namesake's readings, so it is placed like any name the gazetteer lacks.
 */
function namedAfter(doc: ParsedDocument, tokens: Token[], mention: Mention): Mention | undefined {
  const opener = tokens[mention.first.position - 1];
  const first = opener && isCapitalised(opener) && joined(opener) && NAMESAKE_OPENERS.has(opener.normal) ? opener : mention.first;
  let last = first === mention.first ? undefined : mention.last;
  const limit = Math.min(tokens.length, mention.last.position + 2 + MAX_NAMESAKE_INFIX);
  for (let j = mention.last.position + 1; j < limit && joined(tokens[j - 1]) && isCapitalised(tokens[j]); j++) {
    if (!NAMESAKE_HEADS.has(bare(tokens[j]).toLowerCase())) continue;
    last = tokens[j];
    break;
  }
  if (!last) return undefined;
  const end = last.start + bare(last).length;
  return { ...mention, start: first.start, end, text: doc.text.slice(first.start, end), first, last, readings: [], adjective: false };
}

/** Nouns of a kind of place that name the place after `of` (`the town of Vescovato`, `the village of Brenna`). */
const PLACE_KIND_NOUNS = new Set(['town', 'village', 'city', 'province', 'region', 'district', 'capital', 'port', 'island', 'county', 'state', 'suburb', 'hamlet', 'municipality', 'township', 'neighborhood', 'neighbourhood']);
/** Lower-case words of direction or nearness that qualify a place (`eastern Ghouta`, `neighbouring Chatelineaux`). */
const PLACE_QUALIFIERS = new Set([
  'eastern', 'western', 'northern', 'southern', 'northeastern', 'northwestern', 'southeastern', 'southwestern',
  'north-eastern', 'north-western', 'south-eastern', 'south-western', 'central', 'neighbouring', 'neighboring',
]);

/** How many tokens before a name signal it: `town of` (2), `eastern` (1), or none (0). */
function placeSignal(tokens: Token[], i: number): number {
  if (i >= 2 && tokens[i - 1].normal === 'of' && PLACE_KIND_NOUNS.has(tokens[i - 2].normal) && joined(tokens[i - 2]) && joined(tokens[i - 1])) return 2;
  const previous = tokens[i - 1];
  return previous && PLACE_QUALIFIERS.has(previous.text) && joined(previous) ? 1 : 0;
}

/**
 * Rule: a name after `the town of`, `the village of`… or after a lower-case direction (`eastern`,
 * `neighbouring`) is a place, whether or not the gazetteer knows it (`the town of Zitlala`,
 * `eastern Ghouta`).
 */
export function signalledNames(doc: ParsedDocument): Mention[] {
  const found: Mention[] = bracketedCountries(doc);
  for (const { tokens } of doc.sentences) {
    for (let i = 1; i < tokens.length; i++) {
      const first = tokens[i];
      if (!isCapitalised(first) || first.tags.has('Adjective') || placeSignal(tokens, i) === 0) continue;
      let last = first;
      while (last.position + 1 < Math.min(tokens.length, first.position + MAX_TOKENS) && joined(last) && isCapitalised(tokens[last.position + 1])) last = tokens[last.position + 1];
      const mention = lookupMention(doc, first, last, last.start + bare(last).length);
      if (looksLikeName(mention) && !(mention.readings.length === 0 && looksLikeDemonym(first, tokens[last.position + 1]))) found.push(mention);
    }
  }
  return found;
}

/** Bracketed countries that make a list of them. */
const LIST_OF_COUNTRIES = 2;

/** A capitalised word alone in brackets after a name: `Kim Reyes ( Jamaica )`. */
function bracketedAfterName(tokens: Token[], i: number): boolean {
  const [before, token] = [tokens[i - 1], tokens[i]];
  return before !== undefined && isCapitalised(before) && /\(\s*$/.test(before.post) && /^\s*\)/.test(token.post) && isCapitalised(token) && !ABBREVIATION.test(token.text);
}

/**
 * Rule: in an article that lists people or clubs each with their country in brackets, a bracketed
 * word the gazetteer lacks is a country too (`Partizan ( Yugoslavia )` beside `Dynamo ( Ukraine )`).
 */
function bracketedCountries(doc: ParsedDocument): Mention[] {
  const bracketed = doc.sentences.flatMap(({ tokens }) => tokens.filter((_, i) => bracketedAfterName(tokens, i)).map((t) => lookupMention(doc, t, t, t.end)));
  const countries = bracketed.filter((m) => m.readings.some((r) => r.place.type === 'country')).length;
  return countries >= LIST_OF_COUNTRIES ? bracketed.filter((m) => !m.readings.some((r) => r.place.type === 'country')) : [];
}

/** An unknown word that reads as a people's adjective before a common noun: `Transylvanian town`, `Zairean border`. */
function looksLikeDemonym(word: Token, next: Token | undefined): boolean {
  return /(?:an|ese)$/.test(word.text) && next !== undefined && /^\p{Ll}/u.test(next.text);
}

function longestMatch(doc: ParsedDocument, tokens: Token[], i: number): Mention | undefined {
  const limit = Math.min(tokens.length, i + MAX_TOKENS);
  let stop = i;
  while (stop + 1 < limit && runsOn(tokens[stop]) && (isCapitalised(tokens[stop + 1]) || NAME_JOINERS.has(tokens[stop + 1].normal))) stop++;
  for (let j = stop; j >= i; j--) {
    const last = tokens[j];
    if (!isCapitalised(last)) continue;
    const mention = lookupMention(doc, tokens[i], last, last.start + bare(last).length);
    if (mention.readings.length > 0 && !cityOfBody(tokens, mention)) return mention;
  }
  return undefined;
}

/** Words after `City` that make it part of a body's or an officer's name (`City Council`, `City Manager`). */
const CITY_BODY_WORDS = new Set(['council', 'hall', 'manager', 'commission', 'commissioner', 'attorney', 'clerk', 'schools', 'police', 'board', 'government']);

/**
 * Rule: in `Maple City Council` the town is `Maple` and `City` belongs to the council, unless `Maple City`
 * is the town's own name (`Kansas City Council`): a city's alternate name ending in `City` is no reading
 * there, nor is `City` the kind word after the town's name.
 */
function cityOfBody(tokens: Token[], mention: Mention): boolean {
  const { first, last } = mention;
  return first !== last && last.normal === 'city' && startsBody(tokens[last.position + 1], last) && mention.readings.every((r) => r.alternate);
}

/** `Council` after `City`: the word makes `City` part of a body's or an officer's name. */
const startsBody = (word: Token | undefined, city: Token) => word !== undefined && joined(city) && CITY_BODY_WORDS.has(bare(word).toLowerCase());

/** `Orange County`, `Mississippi River`: the kind word joins the span. */
function withPlaceKindSuffix(doc: ParsedDocument, tokens: Token[], mention: Mention): Mention {
  const next = tokens[mention.last.position + 1];
  if (!next || mention.adjective || !joined(mention.last) || !isCapitalised(next) || !PLACE_KIND_SUFFIX.has(bare(next).toLowerCase())) return mention;
  if (next.normal === 'city' && startsBody(tokens[next.position + 1], next)) return mention;
  const end = next.start + bare(next).length;
  return { ...mention, end, text: doc.text.slice(mention.start, end) };
}

/**
 * Filter for any candidate: a lone word must be written as a name (capitalised, tagged a proper
 * noun, place or demonym, or a country's or state's name) and be neither a date word nor a generic
 * word (`City`, `North`).
 */
export function looksLikeName(mention: Mention): boolean {
  const { first, last } = mention;
  if (!isCapitalised(first)) return false;
  if (first !== last) return true;
  const word = bare(first);
  if (GENERIC_PLACE_WORDS.has(word.toLowerCase()) || NOT_A_NAME.some((tag) => first.tags.has(tag))) return false;
  return /^\p{Lu}[\p{Lu}.]+$|\./u.test(word) || mention.end > first.end || ['ProperNoun', 'Place', 'Demonym'].some((tag) => first.tags.has(tag)) || namesCountryOrState(mention) || hyphenatedName(first) || unknownOpeningCity(mention);
}

/**
 * Rule: a word that opens a sentence, that the parse's lexicon lacks and that names a big city is the
 * city (`Mariupol fell`): the parse tags an unknown word there a common noun, its capital being no sign.
 * Not in capitals: a shouted word opening a sentence is a headline's or a dateline's, read as such.
 */
function unknownOpeningCity(mention: Mention): boolean {
  const word = bare(mention.first);
  return mention.first.position === 0 && /\p{Ll}/u.test(word) && lexiconTag(word) === undefined && mention.readings.some((r) => !r.adjective && r.place.population >= PROMINENT_POPULATION);
}

/** Rule: a capitalised word hyphened to a lower-case one inside a sentence is a name (`the Calgary-based firm`, `Russian-backed`). */
function hyphenatedName(token: Token): boolean {
  return token.position > 0 && token.tags.has('Hyphenated') && token.post === '-';
}

/**
 * Rule: a country's or state's name, or a country's demonym, is a name even where the parse does not
 * know it (`Britain says…`, `British troops…` opening a sentence, where the parse tags it an adjective).
 */
function namesCountryOrState(mention: Mention): boolean {
  return mention.readings.some((r) => (!r.adjective || r.place.type === 'country') && isCountryOrState(r.place));
}

/** A line of short upper-case column heads (`W D L PCT GB`). */
const TABLE_HEADER = /^[ \t]*\p{Lu}{1,4}(?:[ \t]+\p{Lu}{1,4}){2,11}[ \t]*$/u;

/** Filter: an abbreviation among a table's column heads is no place (`GB`, games behind). */
export function inTableHeader(text: string, mention: Mention): boolean {
  if (!ABBREVIATION.test(mention.text)) return false;
  const from = text.lastIndexOf('\n', mention.start - 1) + 1;
  const to = text.indexOf('\n', mention.end);
  const line = text.slice(from, to < 0 ? text.length : to);
  return line.length <= 64 && TABLE_HEADER.test(line);
}

/** What follows a dateline's place: its region (`, Calif`), an agency (`(AP)`), then a dash or the date (`1996-08-30`). */
const DATELINE_AFTER = /^[ \t]*(?:,[ \t]*[\p{L}.]{1,20}(?:[ \t]+[\p{L}.]{1,20}){0,2}[ \t]*\.?[ \t]*)?(?:\([\p{L} ]{1,20}\)[ \t]*)?(?:--|—|–|(?<=[ \t])-(?=[ \t]+\p{Lu}(?:\p{Ll}|[ \t]))|\d{4}-\d\d-\d\d|\d\d?\/\d\d?\/\d{2,4})/u;
/** Only white space before `start` on its line. */
export function opensLine(text: string, start: number): boolean {
  return /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, start - 8), start));
}

/**
 * Rule: a name that opens a sentence or a line and is followed by a dash or a date is a dateline
 * (`COLUMBUS -- The viaduct…`, `BONN 1997-03-14`, `FRESNO , Calif 1997-03-14`).
 */
function isDateline(text: string, mention: Mention): boolean {
  const opens = mention.first.position === 0 || opensLine(text, mention.start);
  return opens && DATELINE_AFTER.test(text.slice(mention.end, mention.end + 64));
}

/** A legislator's party and home town: `Rep. Dale Reyes, R-Fergus Falls`. */
const PARTY_BEFORE = /(?:^|[\s(,])(?:R|D|I|DFL)-$/;
/** Where a person is from: `Tom Reyes of Millbrook`, `both of Millbrook`. */
const FROM_WHOM = new Set(['both', 'all']);

/**
 * Rules: a small town's name is a place where its context says so: a party before it (`R-Marshall`),
 * or a person before `of` (`Ruth Keller of Millbrook`). (Lists of counties, `Pike and Coffee
 * counties`, are read as counties when the places are resolved.)
 */
function hasPlaceContext(text: string, tokens: Token[], mention: Mention): boolean {
  if (PARTY_BEFORE.test(text.slice(Math.max(0, mention.start - 5), mention.start))) return true;
  const at = mention.first.position;
  const [of, whom, forename, next] = [tokens[at - 1], tokens[at - 2], tokens[at - 3], tokens[mention.last.position + 1]];
  // The whole name, not the start of a club's (`Tom Hale of Aston Villa`).
  const whole = !next || !isCapitalised(next) || !adjacent(mention.last, next);
  // A person's full name, not an epithet (`Joan of Arc`, `Hands of Stone`).
  const person = whom !== undefined && isNamePart(whom) && forename !== undefined && isNamePart(forename) && adjacent(forename, whom);
  return whole && of?.normal === 'of' && whom !== undefined && (person || FROM_WHOM.has(whom.normal));
}

/** A dateline, or a preposition of place before the name (`in St Louis`). */
function isAnchored(tokens: Token[], mention: Mention, dateline: boolean): boolean {
  const previous = tokens[mention.first.position - 1];
  return (previous !== undefined && LOCATIVE.has(previous.normal)) || dateline;
}

function isPersonName(token: Token): boolean {
  return token.tags.has('Person') && !token.tags.has('Place');
}

const isNamePart = (token: Token) => isPersonName(token) && isCapitalised(token);

/** `b` follows `a` with nothing but space between them. */
export const adjacent = (a: Token, b: Token) => !/\S/.test(a.post + b.pre);

/**
 * Filters: a person's name or a common word is not a place. A place inside an organisation's name
 * stays (`Columbus East`, `U.S. Fish and Wildlife Service`): the geocoded corpora count it.
 */
function placeVerdict(doc: ParsedDocument, tokens: Token[], mention: Mention, dateline: boolean): 'yes' | 'weak' | 'no' {
  const first = mention.first.position;
  const last = mention.last.position;
  const span = tokens.slice(first, last + 1);
  if (!looksLikeName(mention)) return 'no';
  // A one-word name beside another person's name is a person's (`Jordan Peterson`, `Georgia Smith`);
  // a longer place name rarely is (`Sri Lankan`), nor a lone one (`an Alexandria grand jury`).
  // Punctuation between them parts the names (`Ann Lowe ( Britain )`).
  const [before, only, after] = [tokens[first - 1], span[0], tokens[last + 1]];
  if (span.length === 1 && isPersonName(only) && ((before && isNamePart(before) && adjacent(before, only)) || (after && isNamePart(after) && adjacent(only, after)))) return 'no';
  if (mention.adjective) return 'yes';
  if (mention.readings.some((r) => r.place.type !== 'city')) return 'yes';
  if (span.some((t) => t.tags.has('Place'))) return 'yes';
  if (dateline || hasPlaceContext(doc.text, tokens, mention)) return 'yes';
  if (span.length === 1 && !tokens[first].tags.has('ProperNoun') && !hyphenatedName(tokens[first]) && !unknownOpeningCity(mention)) return 'no';
  const previous = tokens[first - 1];
  if (previous && LOCATIVE.has(previous.normal)) return 'yes';
  // A lone word the parse's lexicon knows as a company is the company (`a Hitachi drill`), unless placed (`in Hitachi`).
  if (span.length === 1 && lexiconTag(bare(only)) === 'Organization') return 'no';
  // Only a city's alternate name (`White House` is one of Casablanca's): not without a sign of a place.
  if (mention.readings.every((r) => r.alternate)) return 'no';
  // A lone word that is also a person's name (`Adams`, `Tyler`) needs the article to name its region, however big the town.
  if (span.length === 1 && isPersonName(only)) return 'weak';
  return mention.readings.some((r) => r.place.population >= PROMINENT_POPULATION) ? 'yes' : 'weak';
}
