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
}

/** Words that point forward from the reference date whatever the verb's form (`expected to`, `until`). */
const FUTURE_CUES = new Set(['will', "'ll", 'shall', 'expected', 'scheduled', 'planned', 'plans', 'plan', 'due', 'until', 'upcoming', 'next', 'tomorrow', 'soon', 'set']);
const LOOK_LEFT = 12;
const LOOK_RIGHT = 6;

export function createContext(doc: ParsedDocument): DateContext {
  const ref = parseDay(doc.refDate) ?? statedDate(doc.text);
  return { text: doc.text, doc, ref, tenseAt: (offset) => tenseAt(doc, offset), yearFromRef: new Set() };
}

function tenseOfToken(normal: string, tags: ReadonlySet<string>): Tense | undefined {
  if (FUTURE_CUES.has(normal)) return 'future';
  if (tags.has('PastTense') || normal === 'ago' || normal === 'last') return 'past';
  return undefined;
}

function tenseAt(doc: ParsedDocument, offset: number): Tense | undefined {
  const at = tokenIndexAt(doc, offset);
  const sentence = doc.tokens[Math.min(at, doc.tokens.length - 1)]?.sentence;
  for (let i = at - 1; i >= 0 && i >= at - LOOK_LEFT && doc.tokens[i].sentence === sentence; i--) {
    const tense = tenseOfToken(doc.tokens[i].normal, doc.tokens[i].tags);
    if (tense) return tense;
  }
  for (let i = at + 1; i < doc.tokens.length && i <= at + LOOK_RIGHT && doc.tokens[i].sentence === sentence; i++) {
    const tense = tenseOfToken(doc.tokens[i].normal, doc.tokens[i].tags);
    if (tense) return tense;
  }
  return undefined;
}
