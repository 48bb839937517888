/**
 * The claims linker: one pass over the extracted facts and the shared parse that records, on
 * every quantity, who claims it (`claimedBy`: an attribution id), when (`when`: date ids) and
 * where (`where`: location ids). Quantities keep every other field; other facts are untouched.
 * Work is linear in the document: facts are bucketed by sentence and each quantity only looks
 * at its own sentence and its paragraph's lead.
 */
import { sentenceAt, type ParsedDocument } from '../document.js';
import type { AttributionFact, DateFact, Fact, LocationFact, QuantityFact } from '../types.js';
import { scopeOf, type Buckets, type NumberCounts, type Scoper } from './scope.js';
import { attributionsBySentence, claimantOf, type SourceContext } from './sources.js';
import { addTo, documentStructure, type Structure } from './structure.js';

export function linkClaims(doc: ParsedDocument, facts: readonly Fact[]): Fact[] {
  const attributions = facts.filter((fact): fact is AttributionFact => fact.kind === 'attribution');
  const structure = documentStructure(doc);
  const dates = buckets(facts.filter((fact): fact is DateFact => fact.kind === 'date'), structure);
  const places = buckets(facts.filter((fact): fact is LocationFact => fact.kind === 'location'), structure);
  const context: SourceContext = {
    doc,
    structure,
    bySentence: attributionsBySentence(doc, attributions, (offset) => sentenceAt(doc, offset)),
  };
  const numbers = countNumbers(facts.filter((fact) => fact.kind === 'quantity'), context.structure);
  return facts.map((fact) => (fact.kind === 'quantity' ? linkQuantity(fact, { ...context, numbers }, dates, places) : fact));
}

function countNumbers(quantities: readonly Fact[], structure: Structure): NumberCounts {
  const byClause = new Map<number, number>();
  const bySentence = new Map<number, number>();
  for (const quantity of quantities) {
    const clause = structure.clauseAt(quantity.start);
    byClause.set(clause, (byClause.get(clause) ?? 0) + 1);
    bySentence.set(quantity.sentence, (bySentence.get(quantity.sentence) ?? 0) + 1);
  }
  return { byClause, bySentence };
}

function linkQuantity(quantity: QuantityFact, context: SourceContext & { numbers: NumberCounts }, dates: Buckets<DateFact>, places: Buckets<LocationFact>): QuantityFact {
  const claimant = claimantOf(quantity, quantity.sentence, context);
  const scope = { ...context, quantity, claimant };
  const when = scopeOf(dates, scope).map((fact) => fact.id);
  const where = scopeOf(places, scope).map((fact) => fact.id);
  return {
    ...quantity,
    ...(claimant && { claimedBy: claimant.id }),
    ...(when.length > 0 && { when }),
    ...(where.length > 0 && { where }),
  };
}

function buckets<F extends Scoper>(facts: readonly F[], structure: Structure): Buckets<F> {
  const byClause = new Map<number, F[]>();
  const bySentence = new Map<number, F[]>();
  for (const fact of facts) {
    addTo(byClause, structure.clauseAt(fact.start), fact);
    addTo(bySentence, fact.sentence, fact);
  }
  return { byClause, bySentence };
}
