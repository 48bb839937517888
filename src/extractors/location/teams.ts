/**
 * Filter: a town in a results table, a fixture or a match report is a team, not a place
 * (`Wigan 42 Bradford 36`, `Leeds v Derby`, `OREGON 61 70`, `BOSTON AT DENVER`,
 * `Kent beat Sussex`), and so is every other mention of that name in the article.
 * In a report's prose, only clear signs of sport count: a club word (`Dynamo Moscow`), a player's role
 * (`Surrey captain`), a nickname in a sentence with a score (`the Oregon Otters beat the Reds 3-1`),
 * an innings (`Kent reached 291 and`), a transfer (`joined Leeds for 8 million pounds`). GeoWebNews and
 * LGL count a college's or club's town as a place (`Louisville coach`, `Bolton Wanderers`), so the rules
 * leave those uses alone.
 * Countries and the home nations stay (`Scotland 15-10`, `Wales 2 Moldova 0`: a national side is still
 * named after its country), and states outside standings and results rows.
 */
import type { ParsedDocument } from '../../document.js';
import { isAboveCounty, type Place } from './gazetteer.js';
import { opensLine, type Mention } from './mentions.js';

/**
 * A score after the name: a number of one to three digits (not a year, decimal or time), then the end,
 * another figure, a bracket, a comma, a dash, the next name or a second innings (`Kent 291 and 88-4`).
 */
const SCORE_AFTER = /^[ \t]+\d{1,3}(?![\d.,:%])(?=[ \t]*(?:$|[\n\d(,;\-–]|\p{Lu}|and[ \t]+\d))/u;
/** `v`, `vs` or `vs.` between two sides, or before the opponent in a fixture list (`May 17 v Durham`). */
const VERSUS_AFTER = /^\s+vs?\.?\s+\p{Lu}/u;
const VERSUS_BEFORE = /[\p{L}\d]\s+vs?\.?\s+$/u;
/** The later sides of a fixture's choice of opponents: `v Kent or Sussex or Surrey`. */
const VERSUS_CHOICE_BEFORE = /[\p{L}\d][ \t]+vs?\.?[ \t]+\p{Lu}\p{L}+(?:[ \t]+or[ \t]+\p{Lu}\p{L}+){0,3}[ \t]+or[ \t]+$/u;
/** A cricket eleven named after the place or its owner: `Earl of Derby 's XI`, `Minor Counties XI`. */
const ELEVEN_AFTER = /^(?:[ \t]*['’]s)?[ \t]+XI\b/;
/** A verb of a match's result between two sides (`Kent beat Sussex`, `Surrey , who routed Kent`, `victory over Bedford`). */
const RESULT_VERBS = 'beat|defeated|edged|routed|thrashed|trounced|drew with|lost to';
const RESULT_AFTER = new RegExp(`^(?:[ \\t]*,[ \\t]+who)?[ \\t]+(?:${RESULT_VERBS})[ \\t]+(?:the[ \\t]+)?\\p{Lu}`, 'u');
/** Winners of a match after the name: `Leeds , 31-12 winners over Exeter`, `Kent , six-wicket winners`. */
const WINNERS_AFTER = /^[ \t]*,[ \t]+(?:\d{1,3}-\d{1,3}|[\p{L}-]+-(?:wicket|run|point|goal|try))[ \t]+(?:winners|victors)\b/u;
const RESULT_BEFORE = new RegExp(`\\b(?:${RESULT_VERBS}|victory over|winners over)[ \\t]+(?:the[ \\t]+)?$`, 'u');
/** A country in brackets after the name: the name is a player's or a club's (`Porto ( Portugal ) 71`). */
const OPEN_BRACKET = /^[ \t]*\([ \t]*/;
/** A surname between a given name and the bracket (`Dale Reyes ( U.S. )`): the name is a person's. */
const SURNAME_THEN_BRACKET = /^[ \t]+\p{Lu}[\p{L}'’-]+[ \t]*\([ \t]*/u;
const CLOSE_BRACKET = /^[ \t]*\)/;
/** Enough text on either side to see a score, a `v` or a result verb. */
const WINDOW = 24;

/** A row of a standings table after the name: two figures (`OREGON 61 70 .466`). */
const TABLE_ROW_AFTER = /^[ \t]+\d{1,3}[ \t]+\d/;
/** A results row around the name: another side and its score before it, or after its own score (`Detroit 4 Minnesota 6`, `Oregon 5 DENVER 2`). */
const SIDE_SCORED_BEFORE = /\p{L}[ \t]+\d{1,3}[ \t]+$/u;
const SIDE_SCORED_AFTER = /^[ \t]+\d{1,3}[ \t]+\p{Lu}[\p{L} .]{0,24}?[ \t]+\d{1,3}\b/u;
/**
 * A fixture line: the visiting side, upper-case, opens the line before `AT` and the home town
 * (`OMAHA AT DETROIT`); the home town names where the game is played, a place.
 */
const VISITOR_LINE_AFTER = /^ AT \p{Lu}[\p{Lu} .'’-]{0,30}(?:\n|$)/u;

function visitsFixture(text: string, mention: Mention): boolean {
  return opensLine(text, mention.start) && VISITOR_LINE_AFTER.test(text.slice(mention.end, mention.end + 40));
}

/**
 * A word that names a club with the town (`Dynamo Moscow`, `Real Madrid`, `FC Barcelona`): club words of
 * European football before the town, and of British football after it when a score follows
 * (`Bristol Rovers 1`, `Norwich City 2 0 1`): without one, `Bolton Wanderers` may stand for the town.
 * (Not `AS`: a headline's capitals have it before a place, `SUCH AS PARIS`.)
 */
const CLUB_BEFORE = /(?:^|[^\p{L}])(?:Dynamo|Dinamo|Spartak|Lokomotiv|Torpedo|CSKA|Real|Sporting|Racing|Olympique|Atletico|Athletic|Rapid|Slavia|Sparta|Steaua|Standard|Inter|Borussia|Eintracht|Fortuna|Hertha|Legia|FC|SC|AC|SV|VfB|VfL|TSV|Red[ \t]+Star)[ \t]+$/u;
const CLUB_WORDS_AFTER = ['United', 'City', 'Rovers', 'Wanderers', 'Albion', 'Athletic', 'Hotspur', 'Argyle', 'Orient', 'Celtic', 'FC'];
const CLUB_AFTER = new RegExp(`^[ \\t]+(?:${CLUB_WORDS_AFTER.join('|')})\\b`);

/**
 * A player's or an official's role in a side after the name, perhaps after a possessive and a
 * nationality or `former` (`Surrey captain Tom Hale`, `Leeds team mate`, `Derbyshire 's Australian
 * captain`, `Houston pitcher`), or the same role shared with another side (`the Blackburn and
 * Southampton skipper`). Not `coach` or `manager`: a college's coach or a county's manager is no club's.
 */
const ROLES = [
  'captain', 'skipper', 'team[ -]?mates?', 'teammates?', 'striker', 'midfielder', 'defender', 'goalkeeper',
  'batsman', 'bowler', 'all-rounder', 'seamer', 'spinner', 'paceman', 'wicketkeeper', 'pitcher', 'quarterback', 'winger',
  'fly-half', 'scrum-half', 'outfielder', 'shortstop', 'linebacker', 'playmaker',
].join('|');
const ROLE_QUALIFIER = String.raw`(?:(?:new|former|assistant|head|veteran|star|\p{Lu}\p{Ll}+)[ \t]+)?`;
/** Roles with other senses (`moving forward`, `the Old Guard`) name a player only before the player's name (`Sunderland forward Tom Hale`). */
const NAMED_ROLES = 'forward|guard|centre|center|catcher|opener|keeper|prop|hooker|full-?back';
const ROLE_AFTER = new RegExp(String.raw`^(?:[ \t]*['’]s)?(?:[ \t]+(?:and|or)[ \t]+\p{Lu}\p{L}+)?[ \t]+${ROLE_QUALIFIER}(?:(?:${ROLES})\b|(?:${NAMED_ROLES})[ \t]+\p{Lu}\p{Ll})`, 'u');
/** Enough text after a name to see a shared role (`and Southampton skipper`) or an innings (`were all out for 114`). */
const PHRASE_WINDOW = 48;

/** The text the rules read on either side of a mention: a short window for scores and verbs, a long one for phrases. */
interface Around {
  before: string;
  after: string;
  longBefore: string;
  longAfter: string;
}

function around(text: string, mention: Mention): Around {
  return {
    before: text.slice(Math.max(0, mention.start - WINDOW), mention.start),
    after: text.slice(mention.end, mention.end + WINDOW),
    longBefore: text.slice(Math.max(0, mention.start - PHRASE_WINDOW), mention.start),
    longAfter: text.slice(mention.end, mention.end + PHRASE_WINDOW),
  };
}

/** Rules: a club word or a player's role beside the name. */
function namesClub({ before, longAfter }: Around): boolean {
  const club = CLUB_AFTER.exec(longAfter);
  return CLUB_BEFORE.test(before) || (!!club && SCORE_AFTER.test(longAfter.slice(club[0].length))) || ROLE_AFTER.test(longAfter);
}

/**
 * A game's result in a sentence: a score (`3-1`, `7-6`) and a word of the result (`beat`, `victory`, `blanked`).
 * A nickname after a town names a team only in such a sentence (`the Oregon Otters beat the Reds 3-1`),
 * not in one about a franchise or a league (`the new Oregon Otters franchise`, `the Boston Globe`).
 */
const GAME_SCORE = /(?:^|[ \t(])\d{1,3}-\d{1,3}(?=[ \t),.;]|$)/;
const RESULT_WORDS = /\b(?:beat|beats|defeated|defeat|victory|win|wins|won|lost|loss|blanked|routed|edged|past|over|drew|draw|lead|led)\b/;
/** A team's nickname after the town: one or two capitalised words, the last a plural (`Eagles`, `Red Sox`, `Blue Jays`). */
const NICKNAME_AFTER = /^[ \t]+(?:\p{Lu}\p{Ll}+[ \t]+)?(\p{Lu}\p{Ll}+(?:s|x))\b(?![ \t]*(?:\p{Lu}|['’-]))/u;
/** Plural words that end the names of companies, newspapers, parties and features, not of teams (`Los Angeles Times`, `Texas Instruments`, `Ohio Democrats`). */
const NOT_NICKNAMES = new Set([
  'times', 'news', 'industries', 'airlines', 'airways', 'systems', 'instruments', 'holdings', 'partners', 'associates', 'resources',
  'sciences', 'studios', 'communications', 'services', 'stores', 'motors', 'laboratories', 'labs', 'networks', 'products', 'foods',
  'mills', 'works', 'technologies', 'securities', 'properties', 'enterprises', 'affairs', 'relations', 'rights', 'forces', 'police',
  'rangers', 'guards', 'marines', 'troops', 'games', 'olympics', 'championships', 'hills',
  'democrats', 'republicans', 'conservatives', 'liberals', 'socialists', 'communists', 'greens', 'tories', 'voters', 'residents', 'heights', 'springs', 'falls', 'islands', 'mountains', 'lakes', 'woods',
]);
/** How far around a name to read its sentence for a game's result. */
const SENTENCE_REACH = 160;

/** Rule: a town before a team's nickname, in a sentence about a game (`the Philadelphia Eagles`). */
function namesTeamByNickname(doc: ParsedDocument, mention: Mention, { after }: Around): boolean {
  const nickname = NICKNAME_AFTER.exec(after);
  // A club word (`Bolton Wanderers`) needs a score right after it, as `namesClub` asks.
  if (!nickname || NOT_NICKNAMES.has(nickname[1].toLowerCase()) || CLUB_WORDS_AFTER.includes(nickname[1])) return false;
  const sentence = doc.sentences[mention.first.sentence];
  const from = Math.max(sentence.start, mention.start - SENTENCE_REACH);
  const words = doc.text.slice(from, Math.min(sentence.end, mention.end + SENTENCE_REACH));
  return GAME_SCORE.test(words) && RESULT_WORDS.test(words);
}

/** A total: the number, then the end, punctuation, `and`, `for` wickets, `on`, `with`, `runs` or a second figure (`372 and`, `318 for six`). */
const TOTAL_END = String.raw`\d{1,3}(?![\d.,:%])(?=[ \t]*(?:$|[.,;()\-]|and\b|for\b|on\b|with\b|runs\b|all\b))`;
/** A side's innings after the name: `Kent reached 291 and`, `Surrey closed on 318 for six`, `Durham were all out for 114`. */
const INNINGS_AFTER = new RegExp(String.raw`^[ \t]+(?:reached|closed[ \t]+on|finished[ \t]+on|declared[ \t]+on|totalled|replied[ \t]+with|collapsed[ \t]+to|slumped[ \t]+to|(?:were|was)[ \t]+(?:(?:bowled|all)[ \t]+)?out[ \t]+for|need(?:ed|s)?[ \t]+another)[ \t]*${TOTAL_END}`);
/** A side bowled out or held to a total: `dismiss Sussex for 187`, `reducing Sussex to 96`, `bowling Kent out for 77`. */
const BOWLED_BEFORE = /\b(?:dismiss(?:ed|es|ing)?|bowl(?:ed|s|ing)?|reduc(?:e|ed|es|ing)|restrict(?:ed|s|ing)?|skittl(?:e|ed|es|ing)|took|takes|taking)[ \t]+$/;
const BOWLED_AFTER = new RegExp(String.raw`^[ \t]+(?:(?:all[ \t]+)?out[ \t]+)?(?:for|to)[ \t]+${TOTAL_END}`);
/**
 * A match against the side: `their match against Kent`, `a final match against Freiburg`. Not a
 * `game against Tulsa`: a college's side is named after its town, a place to GeoNames-style corpora.
 */
const MATCH_AGAINST_BEFORE = /\b(?:match|tie|fixture|clash|derby)[ \t]+against[ \t]+(?:the[ \t]+)?$/;

/**
 * A player's move to or from a club: `played for Nice`, `joined Leeds for 8 million pounds`, `joined Milan
 * from Torino`. `Joined` needs a fee, a loan or the club left behind after the name.
 */
const PLAYED_FOR_BEFORE = /\b(?:played|plays|playing|signed|signs|signing)[ \t]+for[ \t]+$/;
/** A lower-case word after the name, other than `and`/`or`: the name qualifies a noun (`played for Lyon audiences`). */
const NOUN_AFTER = /^[ \t]+(?!(?:and|or)\b)\p{Ll}/u;
const JOINED_BEFORE = /\b(?:joined|joins|joining)[ \t]+$/;
const TRANSFER_AFTER = /^[ \t]+(?:for[ \t]+(?:a[ \t]+)?(?:record[ \t]+|club[ \t]+)?(?:[$£€]|\d|fee\b|an?[ \t]+undisclosed)|from[ \t]+\p{Lu}|on[ \t]+(?:a[ \t]+)?(?:free[ \t]+)?(?:loan|transfer)\b)/u;
const JOINED_FROM_BEFORE = /\b(?:joined|joins|joining|signed[ \t]+for|signs[ \t]+for)[ \t]+\p{Lu}[\p{L}.'’ ]{0,30}?[ \t]+from[ \t]+$/u;
/**
 * A club called a side of its division or nation: `first division side Lens`, `Italian club Torino`. (Not
 * `the Samara side`: a side from the town, which CoNLL still counts as a place.)
 */
const SIDE_BEFORE = /\b(?:division|league|\p{Lu}\p{Ll}+)[ \t]+(?:side|club)[ \t]+$/u;

/**
 * A US side's record in a game report: its player with a win-loss record (`Atlanta 's Tom Hale ( 11-7 )`),
 * or its run of results (`Denver has won 9 of its last 12`).
 */
const PLAYER_RECORD_AFTER = /^[ \t]*['’]s[ \t]+\p{Lu}[\p{L}.'’-]*[ \t]+\p{Lu}[\p{L}'’-]*[ \t]*\([ \t]*\d{1,2}-\d{1,2}[ \t]*\)/u;
const RUN_AFTER = /^[ \t]+(?:has|have|had)[ \t]+(?:won|lost)[ \t]+\d{1,3}[ \t]+of[ \t]+(?:its|their)[ \t]+last\b/;

/** Rule: a side's innings, a match against it, a transfer to or from it, or a side of its division, in a match report. */
function namesSideInReport({ before, longBefore, longAfter: after }: Around): boolean {
  return INNINGS_AFTER.test(after) || PLAYER_RECORD_AFTER.test(after) || RUN_AFTER.test(after) || (BOWLED_BEFORE.test(before) && BOWLED_AFTER.test(after)) || MATCH_AGAINST_BEFORE.test(before)
    || (PLAYED_FOR_BEFORE.test(before) && !NOUN_AFTER.test(after)) || (JOINED_BEFORE.test(before) && TRANSFER_AFTER.test(after)) || JOINED_FROM_BEFORE.test(longBefore)
    || SIDE_BEFORE.test(before);
}

/**
 * A standings table under the line: column heads (`W L PCT GB`) or a side's row (`DENVER 77 55 .583`).
 * A name alone on the line above heads a league's group (`EASTERN DIVISION`), not a place.
 */
const STANDINGS_BELOW = /^[ \t]*\n[ \t]*(?:(?:W|L|D|P|T|PCT|GB|PTS|Pts)[ \t]+){2,}|^[ \t]*\n[ \t]*\p{Lu}[\p{L} .'’-]{0,30}?[ \t]+\d{1,3}[ \t]+\d{1,3}[ \t]/u;

/** Rule: the name heads a group of a standings table. */
function headsStandings(text: string, mention: Mention, { longAfter }: Around): boolean {
  return opensLine(text, mention.start) && STANDINGS_BELOW.test(longAfter);
}

/** Rule: a mention's own context says it is a side in a match. */
function namesSide(doc: ParsedDocument, mention: Mention, place: Place | undefined, context: Around): boolean {
  const text = doc.text;
  const { before, after } = context;
  if (namesClub(context) || namesTeamByNickname(doc, mention, context) || headsStandings(text, mention, context)) return true;
  // A state is a team only in a standings or results row (`Scotland 15-10` is the national side, a place to the corpora).
  if (place && isAboveCounty(place)) {
    return TABLE_ROW_AFTER.test(after) || (SCORE_AFTER.test(after) && (SIDE_SCORED_BEFORE.test(before) || SIDE_SCORED_AFTER.test(after))) || visitsFixture(text, mention);
  }
  return SCORE_AFTER.test(after) || namesSideInReport(context) || VERSUS_CHOICE_BEFORE.test(context.longBefore) || ELEVEN_AFTER.test(after) || VERSUS_AFTER.test(after) || VERSUS_BEFORE.test(before) || RESULT_AFTER.test(after) || WINNERS_AFTER.test(after) || RESULT_BEFORE.test(before) || visitsFixture(text, mention);
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
export function withoutTeams(doc: ParsedDocument, mentions: Mention[], placeOf: (m: Mention) => Place | undefined): Mention[] {
  const text = doc.text;
  const sides = new Set<Mention>();
  const names = new Set<string>();
  const byStart = new Map(mentions.map((m) => [m.start, m]));
  /** Rule: `Ann Lowe ( Australia )`, `Porto ( Portugal )`, `Dale Reyes ( U.S. )`: a player or a club, with its country. */
  const withCountry = (mention: Mention, { after }: Around) => {
    const open = OPEN_BRACKET.exec(after) ?? SURNAME_THEN_BRACKET.exec(after);
    const inside = open && byStart.get(mention.end + open[0].length);
    return !!inside && isNation(placeOf(inside)) && CLOSE_BRACKET.test(text.slice(inside.end, inside.end + 4));
  };
  for (const mention of mentions) {
    const place = placeOf(mention);
    if (isNation(place) || mention.adjective) continue;
    const context = around(text, mention);
    if (namesSide(doc, mention, place, context) || withCountry(mention, context)) {
      sides.add(mention);
      names.add(key(mention));
    }
  }
  if (sides.size === 0) return mentions;
  return mentions.filter((m) => !sides.has(m) && (m.anchored || m.adjective || isNation(placeOf(m)) || !names.has(key(m))));
}
