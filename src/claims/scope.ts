/**
 * When and where: the dates and places that scope a number. The nearest scope that has any
 * wins — the number's own clause, then its sentence, then the lead sentence of its paragraph.
 *
 * From the lead, only its frame passes on, not what a relative clause tells (see `inFrame`).
 *
 * What may scope at all:
 * - never a fact inside an attribution's source (`Seoul says`, `a Kyiv-based think tank`) or
 *   overlapping the number itself;
 * - beyond the number's clause, never a fact that shares its clause with another number
 *   (`1.2 million nationwide, including 400,000 in Paris`: Paris is the 400,000's), nor one
 *   claimed by another source than the number's (`300 dead, estimated by the NIS in January,
 *   with Zelensky claiming up to 4,000`: January is the NIS's);
 * - dates: points and periods in time (TIMEX3 `DATE`, `TIME`); durations and sets measure,
 *   they do not place;
 * - places: names (not adjectives like `Russian`), standing as a place: after a locative preposition within
 *   five words (`in`, `to Russia's Kursk region`, `near the eastern city of Kharkiv`) or as a
 *   dateline opening a paragraph (`KYIV, Ukraine —`). A place that acts (`Ukraine said`,
 *   `North Korea has sent`) is a party, not the scene.
 */
import type { AttributionFact, DateFact, LocationFact, QuantityFact, Span } from '../types.js';
import { claimantOf, type SourceContext } from './sources.js';
import { within } from './structure.js';

const LOCATIVE = new Set([
  'in', 'at', 'near', 'to', 'into', 'onto', 'from', 'across', 'throughout', 'outside', 'inside', 'within', 'around', 'on', 'off',
  'toward', 'towards', 'along', 'beyond', 'via', 'through', 'over', 'between', 'among', 'nearby', 'beside',
]);
const LOOKBACK = 5;
/**
 * A clause or sentence with more dates (or places) than this is no clause or sentence but a
 * list or a table run together; it scopes nothing, which also keeps the work linear.
 */
const MAX_CANDIDATES = 32;

export type Scoper = DateFact | LocationFact;

/** Dates or places by clause and by sentence. */
export interface Buckets<F extends Scoper> {
  byClause: ReadonlyMap<number, F[]>;
  bySentence: ReadonlyMap<number, F[]>;
}

export interface NumberCounts {
  byClause: ReadonlyMap<number, number>;
  bySentence: ReadonlyMap<number, number>;
}

interface ScopeContext extends SourceContext {
  /** How many numbers each clause and each sentence holds. */
  numbers: NumberCounts;
  quantity: QuantityFact;
  /** The quantity's own claimant, for the sentence-level check. */
  claimant: AttributionFact | undefined;
}

/** The dates or places that scope the quantity. */
export function scopeOf<F extends Scoper>(facts: Buckets<F>, context: ScopeContext): F[] {
  const { quantity, structure } = context;
  const usable = (list: readonly F[] | undefined) => (list && list.length <= MAX_CANDIDATES ? list : []).filter((fact) => canScope(fact, context) && !overlaps(fact, quantity));
  const inClause = usable(facts.byClause.get(structure.clauseAt(quantity.start)));
  if (inClause.length > 0) return inClause;
  const inSentence = usable(facts.bySentence.get(quantity.sentence)).filter((fact) => {
    const claimant = claimantOf(fact, fact.sentence, context);
    return isFree(fact, context) && (claimant === undefined || sameSource(claimant, context.claimant));
  });
  if (inSentence.length > 0) return inSentence;
  if (structure.isLead(quantity.sentence)) return [];
  const leadHasOneNumber = context.numbers.bySentence.get(structure.leadOf(quantity.sentence)) === 1;
  return usable(facts.bySentence.get(structure.leadOf(quantity.sentence))).filter((fact) => (leadHasOneNumber || isFree(fact, context)) && inFrame(fact, context));
}

/**
 * Beyond its clause, a fact scopes a number only if no other number holds it in its own clause
 * (`… nationwide, including 400,000 in Paris`). A lead with a single number is the exception:
 * its scene is the paragraph's (`Police detained 32 people in Paris … Eleven officers were hurt`).
 */
function isFree(fact: Scoper, { structure, numbers }: ScopeContext): boolean {
  return !numbers.byClause.has(structure.clauseAt(fact.start));
}

/**
 * A lead passes on only its frame, not the background of a relative clause: `The war, which
 * began in 2014, …` tells when the war began, not when the next sentence's numbers hold.
 */
function inFrame(fact: Scoper, { structure }: ScopeContext): boolean {
  return !structure.afterRelative(fact.start);
}

/** The same attribution, or one by the same source (`she said …, citing a poll from January`). */
function sameSource(a: AttributionFact, b: AttributionFact | undefined): boolean {
  if (a === b) return true;
  const name = (attribution: AttributionFact | undefined) => (attribution?.source?.name ?? attribution?.source?.text)?.toLowerCase();
  return name(a) !== undefined && name(a) === name(b);
}

function canScope(fact: Scoper, context: ScopeContext): boolean {
  const attributions = context.bySentence.get(fact.sentence) ?? [];
  if (attributions.some((attribution) => within(fact, attribution.source))) return false;
  return fact.kind === 'date' ? fact.type === 'DATE' || fact.type === 'TIME' : isScene(fact, context);
}

function isScene(place: LocationFact, context: ScopeContext): boolean {
  if (place.form === 'adjective') return false;
  return followsLocative(place, context) || isDateline(place, context);
}

/** A locative preposition at most five words before the place, within its clause. */
function followsLocative(place: LocationFact, { doc, structure }: ScopeContext): boolean {
  const clause = structure.clauseAt(place.start);
  const first = structure.tokenAt(place.start);
  for (let index = first - 1; index >= 0 && index >= first - LOOKBACK && structure.clauseAt(doc.tokens[index].start) === clause; index--) {
    if (LOCATIVE.has(doc.tokens[index].normal)) return true;
  }
  return false;
}

/** `KYIV, Ukraine —` / `LONDON (Reuters) -`: a place opening a paragraph, set off by punctuation. */
function isDateline(place: LocationFact, { doc, structure }: ScopeContext): boolean {
  const sentence = doc.sentences[place.sentence];
  if (!sentence || !structure.isLead(place.sentence) || sentence.tokens[0]?.start !== place.start) return false;
  return /[,(–—-]/.test(doc.tokens[structure.tokenAt(place.end - 1)].post);
}

function overlaps(a: Span, b: Span | undefined): boolean {
  return b !== undefined && a.start < b.end && b.start < a.end;
}
