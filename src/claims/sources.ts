/**
 * Who says so: the attribution a stretch of text is claimed by. Five rules, tried in order;
 * the first that finds an attribution wins.
 *
 * 1. `contentHolds` — the innermost attribution whose content holds the span
 *    (`Zelensky said [that about 11,000 North Koreans are fighting]`; a quote inside a
 *    report goes to the quote's speaker).
 * 2. `cueInClause` — an attribution whose cue shares the span's clause
 *    (`… – estimated at 300 dead by the NIS in January, …` where the content stops short).
 * 3. `sourceIsSubject` — an attribution whose source, or whose `according to X` opener, begins
 *    the sentence: the whole sentence is that source's (`The ministry reported a record year,
 *    with 4.2 million visitors`) — unless the number's clause opens with a connective that
 *    brings its own subject (`…, while 9 percent disagreed`).
 * 4. `reportingAside` — a number before a reporting clause set off on its own, opening with
 *    its source or cue and saying nothing more (`12 people died in the blaze, fire officials
 *    said on Sunday`), with no other cue in between.
 * 5. `comparisonGoesOn` — a clause that opens with a comparison (`up from`, `down from`,
 *    `compared with`, `versus`) continues the figure before it, and has its claimant
 *    (`… has risen to 212, the institute said on Monday, up from 150 a week earlier`).
 *
 * A span inside an attribution's own source never belongs to it: the `two` of `Two officials
 * said` counts the sources, it is not their claim.
 */
import type { ParsedDocument } from '../document.js';
import type { AttributionFact, Span } from '../types.js';
import { addTo, within, type Structure } from './structure.js';

export interface SourceContext {
  doc: ParsedDocument;
  structure: Structure;
  /** The attributions touching each sentence (by content, source or cue). */
  bySentence: ReadonlyMap<number, AttributionFact[]>;
}

type SourceRule = (span: Span, sentence: number, candidates: AttributionFact[], context: SourceContext) => AttributionFact | undefined;

const contentHolds: SourceRule = (span, _sentence, candidates) => {
  let best: AttributionFact | undefined;
  for (const attribution of candidates) {
    const content = attribution.content;
    if (!content || !within(span, content)) continue;
    if (!best || content.end - content.start < best.content!.end - best.content!.start) best = attribution;
  }
  return best;
};

const cueInClause: SourceRule = (span, _sentence, candidates, { structure }) => {
  const clause = structure.clauseAt(span.start);
  return candidates.find((attribution) => attribution.cue && structure.clauseAt(attribution.cue.start) === clause);
};

const sourceIsSubject: SourceRule = (span, sentence, candidates, { doc, structure }) => {
  const opening = doc.sentences[sentence]?.tokens[0]?.start;
  const [first] = structure.clauseTokens(structure.clauseAt(span.start));
  if (first && CONNECTIVES.has(first.normal)) return undefined;
  return candidates.find((attribution) => attribution.source && openingOf(attribution) === opening);
};

const reportingAside: SourceRule = (span, sentence, candidates, context) =>
  candidates.find((attribution) => {
    const { source, cue } = attribution;
    if (!source || !cue || span.end > Math.min(source.start, cue.start) || !within(cue, context.doc.sentences[sentence])) return false;
    if (context.structure.clauseAt(span.start) === context.structure.clauseAt(cue.start)) return false;
    const cueBetween = candidates.some((other) => other !== attribution && other.cue && other.cue.start >= span.end && other.cue.start < cue.start);
    return !cueBetween && isAside(attribution, context);
  });

/**
 * `…, fire officials said on Sunday.` / `…, said the agency in a statement`: a clause of its own
 * made of the source, the cue and at most some verbless circumstance; not a clause that goes on
 * to say something (`Devine argued that …`), nor one led by a connective (`and`, `which`).
 */
function isAside(attribution: AttributionFact, context: SourceContext): boolean {
  let aside = asides.get(attribution);
  if (aside === undefined) asides.set(attribution, (aside = readsAsAside(attribution, context)));
  return aside;
}

/** Memo: an attribution is an aside or not whatever number asks. */
const asides = new WeakMap<AttributionFact, boolean>();

function readsAsAside(attribution: AttributionFact, { structure }: SourceContext): boolean {
  const { source, cue } = attribution as Required<Pick<AttributionFact, 'source' | 'cue'>>;
  const clause = structure.clauseAt(cue.start);
  if (structure.clauseAt(source.start) !== clause) return false;
  const tokens = structure.clauseTokens(clause);
  const first = tokens[0];
  if (!first || first.start !== Math.min(source.start, cue.start) || CONNECTIVES.has(first.normal)) return false;
  return tokens.every((token) => within(token, source) || within(token, cue) || (!token.tags.has('Verb') && token.normal !== 'that'));
}

const CONNECTIVES = new Set(['and', 'but', 'or', 'while', 'whereas', 'although', 'though', 'which', 'who', 'whom', 'whose', 'that']);

const comparisonGoesOn: SourceRule = (span, sentence, _candidates, context) => {
  const [first, second] = context.structure.clauseTokens(context.structure.clauseAt(span.start));
  const before = first && context.doc.tokens[first.index - 1];
  if (!before || before.sentence !== sentence || !opensComparison(first.normal, second?.normal)) return undefined;
  return claimantOf(before, sentence, context);
};

/** `up from`, `down from`, `compared with`, `compared to`, `versus`, `vs`. */
function opensComparison(word: string, next: string | undefined): boolean {
  if (word === 'up' || word === 'down') return next === 'from';
  if (word === 'compared') return next === 'with' || next === 'to';
  return word === 'versus' || word === 'vs';
}

/** The rules, in the order they are tried. */
export const SOURCE_RULES: readonly SourceRule[] = [contentHolds, cueInClause, sourceIsSubject, reportingAside, comparisonGoesOn];

/** Where the attribution's frame starts: its source, or its cue where the cue comes first (`According to X`). */
function openingOf(attribution: AttributionFact): number | undefined {
  const { source, cue } = attribution;
  if (!source) return undefined;
  return cue && cue.start < source.start ? cue.start : source.start;
}

/** The attribution claiming a span of sentence `sentence`, if any. */
export function claimantOf(span: Span, sentence: number, context: SourceContext): AttributionFact | undefined {
  const candidates = (context.bySentence.get(sentence) ?? []).filter((attribution) => !within(span, attribution.source) && !within(span, attribution.cue));
  for (const rule of SOURCE_RULES) {
    const found = rule(span, sentence, candidates, context);
    if (found) return found;
  }
  return undefined;
}

/** Index the attributions by every sentence their content, source or cue touches. */
export function attributionsBySentence(doc: ParsedDocument, attributions: readonly AttributionFact[], sentenceAt: (offset: number) => number): Map<number, AttributionFact[]> {
  const index = new Map<number, AttributionFact[]>();
  for (const attribution of attributions) {
    const spans = [attribution, attribution.content, attribution.source, attribution.cue].filter((span): span is Span => span !== undefined);
    const first = sentenceAt(Math.min(...spans.map((span) => span.start)));
    const last = sentenceAt(Math.max(...spans.map((span) => span.end)) - 1);
    for (let sentence = first; sentence <= last && sentence < doc.sentences.length; sentence++) addTo(index, sentence, attribution);
  }
  return index;
}
