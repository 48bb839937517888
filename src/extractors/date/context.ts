/**
 * What every date rule reads: the text, the shared parse, the reference date, and the tense
 * around an offset (news practice: a bare `Friday` in a past-tense clause is the Friday before the
 * reference date, `will meet Friday` the one after).
 */
import { tokenIndexAt, type ParsedDocument } from '../../document.js';
import { statedDate } from './stated-date.js';
import { parseDay, type Day } from './timex.js';

export type Tense = 'past' | 'future';

export interface DateContext {
  text: string;
  doc: ParsedDocument;
  /** The reference date: the record's date, else one the article states as its own. */
  ref?: Day;
  /** The tense of the clause around a character offset, where a verb or cue word tells it. */
  tenseAt(offset: number): Tense | undefined;
  /** Start offsets of dates whose year came from the reference, not the text (a range may fix it). */
  yearFromRef: Set<number>;
  /** Dates named from the one the text gave before (`that day`, `the next morning`), by start offset. */
  anaphora: Map<number, Anaphor>;
}

/** A date named from an earlier one: the calendar unit it names and how many of them it moves on. */
export interface Anaphor {
  unit: 'D' | 'W' | 'M' | 'Y';
  step: -1 | 0 | 1;
}

/** The calendar unit a word of an anaphor or an offset names (`the next morning`, `the week after`). */
export const ANAPHOR_UNITS: Record<string, Anaphor['unit']> = { day: 'D', morning: 'D', afternoon: 'D', evening: 'D', night: 'D', week: 'W', month: 'M', year: 'Y' };

/** Words that point forward from the reference date whatever the verb's form (`expected to`, `plans to`). */
const FUTURE_CUES = new Set(['will', "'ll", 'shall', 'expected', 'scheduled', 'planned', 'planning', 'slated', 'plans', 'plan', 'intends', 'due', 'until', 'upcoming', 'tomorrow',
  // A forecast is about what is to come, whatever its verb form: `forecast snow for Friday`.
  'forecast', 'forecasts', 'forecasting']);
/** A preposition right before the date that settles its direction: `by June 30` is a deadline, `since March 2` behind us. */
const PREPOSITION_TENSE: Record<string, Tense> = { by: 'future', until: 'future', till: 'future', since: 'past' };
const MODALS = new Set(['will', 'would', 'must', 'should', 'shall', 'to']);
/** Reporting verbs tell when something was said, not when it happened, unless the date sits right by them (`said Friday`). */
const REPORTING = new Set(['said', 'told', 'reported', 'announced', 'added', 'stated', 'says', 'say']);
const PRESENT_BE = new Set(['is', 'are', 'am', "'s", "'re"]);
/** `plans to`, `hopes to`: an intention stated in the present points ahead, on either side of the date. */
const INTENT_VERBS = new Set(['plans', 'plan', 'intends', 'intend', 'hopes', 'hope', 'aims', 'aim', 'expects', 'expect']);
/** `is scheduled to`, `are due`: a schedule stated in the present. */
const SCHEDULED = new Set(['scheduled', 'expected', 'due', 'set', 'slated', 'planned']);
/** After `would`, these do not tell a future: `would have`, `would not comment`. */
const NOT_AFTER_WOULD = new Set(['have', 'not', "n't", 'never']);
const LOOK_LEFT = 20;
const LOOK_RIGHT = 12;
/** A date that opens its sentence (`In January, …, a bomb killed`) takes the tense of the main verb, further on. */
const LOOK_RIGHT_FRONTED = 40;

export function createContext(doc: ParsedDocument): DateContext {
  const ref = parseDay(doc.refDate) ?? statedDate(doc.text);
  return { text: doc.text, doc, ref, tenseAt: (offset) => tenseAt(doc, offset), yearFromRef: new Set(), anaphora: new Map() };
}

const NOUN_OR_VERB_CUES = new Set(['plan', 'plans']);
const FUTURE_MODALS = new Set(['will', "'ll", 'shall']);

/**
 * The tense a token tells, looking at the words around it for passives (`must be repaid`),
 * infinitives (`agreed to meet … in May`) and `as early as`. Right of the date (`side` > 0)
 * a verb is the date's own event (`On Monday, the board voted …` is past), so only modals and
 * the verb's form count there.
 */
function tenseOfToken(tokens: ParsedDocument['tokens'], i: number, distance: number, side: -1 | 1, startPoint: boolean): Tense | undefined {
  const { normal, tags } = tokens[i];
  if (startPoint && isSimplePresent(tokens[i])) return 'future';
  if (distance > 1 && REPORTING.has(normal)) return undefined;
  const before = (k: number) => tokens[i - k]?.normal;
  // `plan` and `plans` tell the future only as verbs (`plans to meet`), not as nouns (`approved a plan`).
  const isFutureCue = FUTURE_CUES.has(normal) && !(NOUN_OR_VERB_CUES.has(normal) && !tags.has('Verb'));
  if (side > 0 ? FUTURE_MODALS.has(normal) : isFutureCue) return 'future';
  if (INTENT_VERBS.has(normal) && tags.has('PresentTense') && tokens[i + 1]?.normal === 'to') return 'future';
  if (SCHEDULED.has(normal) && PRESENT_BE.has(before(1) ?? '')) return 'future';
  // `said he would travel Thursday`: the future of a reported plan.
  if (side < 0 && normal === 'would' && !NOT_AFTER_WOULD.has(tokens[i + 1]?.normal ?? '')) return 'future';
  // `agreed to meet`, `promised to pay`: what was decided lies ahead of the deciding.
  if (side < 0 && normal === 'to' && tokens[i + 1]?.tags.has('Infinitive') && tokens[i - 1]?.tags.has('PastTense')) return 'future';
  if ((normal === 'early' || normal === 'soon') && tokens[i + 1]?.normal === 'as') return 'future';
  if (normal === 'ago' || normal === 'last' || normal === 'since') return 'past';
  if (!tags.has('PastTense')) return undefined;
  if (before(1) === 'be' || (before(1) === 'not' && before(2) === 'be')) {
    for (let k = 2; k <= 4; k++) if (MODALS.has(before(k) ?? '')) return 'future';
    return undefined;
  }
  if (PRESENT_BE.has(before(1) ?? '')) return undefined;
  return 'past';
}

/** Words that make a date the start of something: with a verb in the simple present it is a schedule (`the fee rises from January`). */
const START_POINT = new Set(['from', 'starting', 'effective', 'beginning']);
const NO_SCHEDULE = new Set(['is', 'are', 'am', 'be', 'has', 'have', 'does', 'do', "'s", "'re"]);

/** A lexical verb in the simple present (`takes`, `rises`): not a gerund, an infinitive, an auxiliary or a reporting verb. */
function isSimplePresent({ tags, normal }: ParsedDocument['tokens'][number]): boolean {
  return tags.has('Verb') && tags.has('PresentTense') && !tags.has('Gerund') && !tags.has('Infinitive') && !tags.has('Auxiliary')
    && !NO_SCHEDULE.has(normal) && !REPORTING.has(normal);
}

function tenseAt(doc: ParsedDocument, offset: number): Tense | undefined {
  const { tokens } = doc;
  const at = tokenIndexAt(doc, offset);
  const sentence = tokens[Math.min(at, tokens.length - 1)]?.sentence;
  const preposition = at > 0 && tokens[at - 1].sentence === sentence ? PREPOSITION_TENSE[tokens[at - 1].normal] : undefined;
  if (preposition === 'past') return preposition;
  // `until Thursday, they had not called`: a deadline in the past perfect lies behind the reference.
  if (preposition) return pastPerfectAround(tokens, at, sentence) ? 'past' : preposition;
  const startPoint = at > 0 && tokens[at - 1].sentence === sentence && START_POINT.has(tokens[at - 1].normal);
  // `will appeal Wednesday's ruling`: a possessive date names its noun's time, not the future of the verb before it.
  const possessive = /['’]s$/.test(tokens[at]?.text ?? '');
  for (let i = at - 1; i >= 0 && i >= at - LOOK_LEFT && tokens[i].sentence === sentence; i--) {
    const tense = tenseOfToken(tokens, i, at - i, -1, startPoint);
    if (tense && !(possessive && tense === 'future')) return tense;
  }
  // Then rightwards, the first verb with a tense (`On Monday, the board voted …`, `In May, after the thaw, the river flooded`).
  const right = (tokens[at]?.position ?? 0) <= 1 ? LOOK_RIGHT_FRONTED : LOOK_RIGHT;
  for (let i = at + 1; i < tokens.length && i <= at + right && tokens[i].sentence === sentence; i++) {
    const tense = tenseOfToken(tokens, i, i - at, 1, startPoint);
    if (tense) return tense;
  }
  return undefined;
}

/** `had` and a past participle within a few words of the date, in its sentence. */
function pastPerfectAround(tokens: ParsedDocument['tokens'], at: number, sentence: number | undefined): boolean {
  for (let i = Math.max(0, at - LOOK_LEFT); i < tokens.length && i <= at + LOOK_RIGHT; i++) {
    if (tokens[i].sentence !== sentence || tokens[i].normal !== 'had') continue;
    const next = tokens[i + 1]?.normal === 'not' || tokens[i + 1]?.normal === 'never' ? tokens[i + 2] : tokens[i + 1];
    if (next?.tags.has('PastTense') || next?.tags.has('Participle')) return true;
  }
  return false;
}
