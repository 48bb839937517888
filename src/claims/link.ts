/**
 * The claims linker: one pass over the extracted facts and the shared parse that records, on
 * every quantity, who claims it (`claimedBy`: an attribution id), when (`when`: date ids) and
 * where (`where`: location ids). Quantities keep every other field; other facts are untouched.
 * Work is linear in the document: facts are bucketed by sentence and each quantity only looks
 * at its own sentence and its paragraph's lead.
 */
import { sentenceAt, type ParsedDocument } from '../document.js';
import type { AttributionFact, DateFact, Fact, LocationFact, QuantityFact } from '../types.js';
import { scopeOf, type NumberCounts, type Scoper } from './scope.js';
import { attributionsBySentence, claimantOf, type SourceContext } from './sources.js';
import { addTo, documentStructure, type Structure } from './structure.js';

export function linkClaims(doc: ParsedDocument, facts: readonly Fact[]): Fact[] {
  const attributions = facts.filter((fact): fact is AttributionFact => fact.kind === 'attribution');
  const dates = bySentence(facts.filter((fact): fact is DateFact => fact.kind === 'date'));
  const places = bySentence(facts.filter((fact): fact is LocationFact => fact.kind === 'location'));
  const context: SourceContext = {
    doc,
    structure: documentStructure(doc),
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

function linkQuantity(quantity: QuantityFact, context: SourceContext & { numbers: NumberCounts }, dates: Map<number, DateFact[]>, places: Map<number, LocationFact[]>): QuantityFact {
  const claimant = claimantOf(quantity, quantity.sentence, context);
  const lead = context.structure.leadOf(quantity.sentence);
  const scope = { ...context, quantity, claimant };
  const scoped = <F extends Scoper>(facts: Map<number, F[]>) => scopeOf(facts.get(quantity.sentence) ?? [], facts.get(lead) ?? [], scope).map((fact) => fact.id);
  const when = scoped(dates);
  const where = scoped(places);
  return {
    ...quantity,
    ...(claimant && { claimedBy: claimant.id }),
    ...(when.length > 0 && { when }),
    ...(where.length > 0 && { where }),
  };
}

function bySentence<F extends Fact>(facts: readonly F[]): Map<number, F[]> {
  const index = new Map<number, F[]>();
  for (const fact of facts) addTo(index, fact.sentence, fact);
  return index;
}
