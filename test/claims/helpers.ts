/**
 * Linker tests build the facts by hand, so each rule is tested on its own, whatever the
 * extractors find: name a phrase (and which occurrence), get a fact with exact offsets.
 */
import { linkClaims } from '../../src/claims/link.js';
import { parseDocument, sentenceAt, spanOf, type ParsedDocument } from '../../src/document.js';
import type { AttributionFact, Fact, QuantityFact, Span, TimexType } from '../../src/types.js';

/** A phrase of the text; `#2` after it picks its second occurrence (`300#2`). */
type Phrase = string;

export type Spec =
  | { quantity: Phrase; value?: number; unit?: string }
  | { date: Phrase; value: string; type?: TimexType }
  | { place: Phrase; adjective?: boolean }
  | { source?: Phrase; cue?: Phrase; content?: Phrase; direct?: boolean };

export function find(text: string, phrase: Phrase): Span {
  const [words, nth = '1'] = phrase.split('#');
  let at = -1;
  for (let count = 0; count < Number(nth); count++) {
    at = text.indexOf(words, at + 1);
    if (at < 0) throw new Error(`"${phrase}" is not in the text`);
  }
  return spanOf(text, at, at + words.length);
}

export function factsOf(doc: ParsedDocument, specs: Spec[]): Fact[] {
  const counters = { q: 0, d: 0, l: 0, a: 0 };
  const base = (span: Span, prefix: keyof typeof counters) => ({ ...span, id: `${prefix}${++counters[prefix]}`, sentence: sentenceAt(doc, span.start) });
  return specs.map((spec): Fact => {
    if ('quantity' in spec) return { ...base(find(doc.text, spec.quantity), 'q'), kind: 'quantity', value: spec.value ?? 0, ...(spec.unit && { unit: spec.unit }) };
    if ('date' in spec) return { ...base(find(doc.text, spec.date), 'd'), kind: 'date', value: spec.value, type: spec.type ?? 'DATE' };
    if ('place' in spec) return { ...base(find(doc.text, spec.place), 'l'), kind: 'location', form: spec.adjective ? 'adjective' : 'name' };
    const parts = { source: spec.source, cue: spec.cue, content: spec.content };
    const spans = Object.fromEntries(Object.entries(parts).filter(([, phrase]) => phrase).map(([key, phrase]) => [key, find(doc.text, phrase!)]));
    const all = Object.values(spans);
    const whole = spanOf(doc.text, Math.min(...all.map((s) => s.start)), Math.max(...all.map((s) => s.end)));
    return { ...base(whole, 'a'), kind: 'attribution', direct: spec.direct ?? false, ...spans } as AttributionFact;
  });
}

export interface Links {
  source?: string;
  when: string[];
  where: string[];
}

/** Link the facts, and read each quantity's links back as texts: `{ '300': { source, when, where } }`. */
export function linksOf(text: string, specs: Spec[]): Record<string, Links> {
  const doc = parseDocument(text);
  const facts = linkClaims(doc, factsOf(doc, specs));
  const byId = new Map(facts.map((fact) => [fact.id, fact]));
  const texts = (ids: string[] | undefined) => (ids ?? []).map((id) => byId.get(id)!.text);
  const result: Record<string, Links> = {};
  for (const fact of facts.filter((f): f is QuantityFact => f.kind === 'quantity')) {
    const claimant = fact.claimedBy ? (byId.get(fact.claimedBy) as AttributionFact) : undefined;
    const key = fact.text in result ? `${fact.text}#2` : fact.text;
    result[key] = { ...(claimant && { source: claimant.source?.text ?? claimant.cue?.text }), when: texts(fact.when), where: texts(fact.where) };
  }
  return result;
}
