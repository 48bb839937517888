/**
 * When and where: the dates and places that scope a number. The nearest scope that has any
 * wins — the number's own clause, then its sentence, then the lead sentence of its paragraph.
 *
 * From the lead, only its frame passes on: the opening clause and the clause of the reporting
 * cue whose source opens it (see `inFrame`).
 *
 * What may scope at all:
 * - never a fact inside an attribution's source (`Seoul says`, `a Kyiv-based think tank`) or
 *   overlapping the number itself;
 * - at sentence level, never a fact claimed by another source than the number (`300 dead,
 *   estimated by the NIS in January, with Zelensky claiming up to 4,000`: January is the NIS's);
 * - dates: points and periods in time (TIMEX3 `DATE`, `TIME`); durations and sets measure,
 *   they do not place;
 * - places: names (not adjectives like `Russian`), not part of what the number counts
 *   (`11,000 North Koreans`), and standing as a place: after a locative preposition within
 *   three words (`in`, `to Russia's Kursk region`, `near the eastern city of Kharkiv`) or as a
 *   dateline opening a paragraph (`KYIV, Ukraine —`). A place that acts (`Ukraine said`,
 *   `North Korea has sent`) is a party, not the scene.
 */
import type { ParsedDocument } from '../document.js';
import type { AttributionFact, DateFact, LocationFact, QuantityFact, Span } from '../types.js';
import { claimantOf, openingOf, type SourceContext } from './sources.js';
import { within } from './structure.js';

const LOCATIVE = new Set([
  'in', 'at', 'near', 'to', 'into', 'onto', 'from', 'across', 'throughout', 'outside', 'inside', 'within', 'around', 'on', 'off',
  'toward', 'towards', 'along', 'beyond', 'via', 'through', 'over', 'between', 'among', 'nearby', 'beside',
]);
const LOOKBACK = 3;
/** How far after the number its unit may start (`11,000 [new] North Koreans`). */
const UNIT_REACH = 24;

export type Scoper = DateFact | LocationFact;

interface ScopeContext extends SourceContext {
  quantity: QuantityFact;
  /** The quantity's own claimant, for the sentence-level check. */
  claimant: AttributionFact | undefined;
}

/** The facts of `sameSentence` (or the paragraph lead's, `lead`) that scope the quantity. */
export function scopeOf<F extends Scoper>(sameSentence: readonly F[], lead: readonly F[], context: ScopeContext): F[] {
  const { quantity, structure } = context;
  const usable = sameSentence.filter((fact) => canScope(fact, context) && !overlaps(fact, quantity));
  const clause = structure.clauseAt(quantity.start);
  const inClause = usable.filter((fact) => structure.clauseAt(fact.start) === clause);
  if (inClause.length > 0) return inClause;
  const inSentence = usable.filter((fact) => claimantOf(fact, fact.sentence, context) === undefined || claimantOf(fact, fact.sentence, context) === context.claimant);
  if (inSentence.length > 0) return inSentence;
  return structure.isLead(quantity.sentence) ? [] : lead.filter((fact) => canScope(fact, context) && inFrame(fact, context));
}

/**
 * A lead passes on only its frame: facts in its opening clause (`On Monday, …`, `KYIV, Ukraine —`)
 * or in the clause of the reporting cue that opens it (`police said on Monday that …`), not the
 * background of a relative clause (`the war, which began in 2014, …`).
 */
function inFrame(fact: Scoper, { doc, structure, bySentence }: ScopeContext): boolean {
  const clause = structure.clauseAt(fact.start);
  const opening = doc.sentences[fact.sentence]?.tokens[0];
  if (opening && structure.clauseAt(opening.start) === clause) return true;
  return (bySentence.get(fact.sentence) ?? []).some(
    (attribution) => attribution.cue && openingOf(attribution) === opening?.start && structure.clauseAt(attribution.cue.start) === clause,
  );
}

function canScope(fact: Scoper, context: ScopeContext): boolean {
  const attributions = context.bySentence.get(fact.sentence) ?? [];
  if (attributions.some((attribution) => within(fact, attribution.source))) return false;
  return fact.kind === 'date' ? fact.type === 'DATE' || fact.type === 'TIME' : isScene(fact, context);
}

function isScene(place: LocationFact, context: ScopeContext): boolean {
  if (place.form === 'adjective') return false;
  if (place.sentence === context.quantity.sentence && overlaps(place, unitSpan(context.doc, context.quantity))) return false;
  return followsLocative(place, context.doc) || isDateline(place, context);
}

function followsLocative(place: LocationFact, doc: ParsedDocument): boolean {
  const tokens = doc.sentences[place.sentence]?.tokens ?? [];
  const first = tokens.findIndex((token) => token.end > place.start);
  for (let index = first - 1; index >= 0 && index >= first - LOOKBACK; index--) {
    if (LOCATIVE.has(tokens[index].normal)) return true;
    if (/[,;:()–—]/.test(tokens[index].post)) return false;
  }
  return false;
}

/** `KYIV, Ukraine —` / `LONDON (Reuters) -`: a place opening a paragraph, set off by punctuation. */
function isDateline(place: LocationFact, { doc, structure }: ScopeContext): boolean {
  const sentence = doc.sentences[place.sentence];
  if (!sentence || !structure.isLead(place.sentence) || sentence.tokens[0]?.start !== place.start) return false;
  const last = sentence.tokens.find((token) => token.end >= place.end);
  return last !== undefined && /[,(–—-]/.test(last.post);
}

/** The stretch from the number to the end of its unit, where the unit follows it closely. */
function unitSpan(doc: ParsedDocument, quantity: QuantityFact): Span | undefined {
  if (!quantity.unit) return undefined;
  const window = doc.text.slice(quantity.end, quantity.end + UNIT_REACH + quantity.unit.length);
  const at = window.indexOf(quantity.unit);
  if (at < 0 || at > UNIT_REACH) return undefined;
  const end = quantity.end + at + quantity.unit.length;
  return { start: quantity.end, end, text: doc.text.slice(quantity.end, end) };
}

function overlaps(a: Span, b: Span | undefined): boolean {
  return b !== undefined && a.start < b.end && b.start < a.end;
}
