/**
 * The claims view: one record per quantity, with the links resolved into what a reader needs —
 * the number, what it counts, who says so, when, where, and the sentence it stands in.
 */
import { parseDocument, type ParsedDocument } from '../document.js';
import { extractParsed } from '../extract.js';
import type { AttributionFact, DateFact, ExtractOptions, Fact, LocationFact, QuantityFact } from '../types.js';

/** A date scoping a claim: the date fact's id, its text and TIMEX3 value. */
export interface ClaimTime {
  id: string;
  text: string;
  value: string;
}

/** A place scoping a claim: the location fact's id, its text, and its name and value where known. */
export interface ClaimPlace {
  id: string;
  text: string;
  name?: string;
  value?: string;
}

export interface Claim {
  /** The quantity fact's id (`q3`). */
  quantity: string;
  text: string;
  start: number;
  end: number;
  value: QuantityFact['value'];
  qualifier?: QuantityFact['qualifier'];
  unit?: string;
  currency?: string;
  /** The attribution fact's id, or null: nobody in the text says so. */
  attribution: string | null;
  /** Who says so: the attribution's resolved source name (`source.name ?? source.text`), or null. */
  source: string | null;
  /** The reporting cue (`said`, `according to`), or null. */
  cue: string | null;
  when: ClaimTime[];
  where: ClaimPlace[];
  /** The sentence's index and text. */
  sentence: number;
  sentenceText: string;
}

export type ClaimsResult = { id: string; claims: Claim[] } | { id: string; error: string };

/** The claims of one text: every kind is extracted, since linking needs them all. */
export function extractClaims(text: string, options: Omit<ExtractOptions, 'kinds'> = {}): Claim[] {
  const doc = parseDocument(text, options.refDate);
  return claimsOf(doc, extractParsed(doc, { ...options, kinds: undefined }));
}

/** The claim records of linked facts (as `extract` returns them), in text order. */
export function claimsOf(doc: ParsedDocument, facts: readonly Fact[]): Claim[] {
  const byId = new Map(facts.map((fact) => [fact.id, fact]));
  const lookup = <F extends Fact>(ids: string[] | undefined) => (ids ?? []).map((id) => byId.get(id) as F);
  return facts.filter((fact): fact is QuantityFact => fact.kind === 'quantity').map((quantity) => {
    const attribution = quantity.claimedBy ? (byId.get(quantity.claimedBy) as AttributionFact) : undefined;
    const sentence = doc.sentences[quantity.sentence];
    return {
      quantity: quantity.id,
      text: quantity.text,
      start: quantity.start,
      end: quantity.end,
      value: quantity.value,
      ...(quantity.qualifier && { qualifier: quantity.qualifier }),
      ...(quantity.unit && { unit: quantity.unit }),
      ...(quantity.currency && { currency: quantity.currency }),
      attribution: attribution?.id ?? null,
      source: attribution?.source ? (attribution.source.name ?? attribution.source.text) : null,
      cue: attribution?.cue?.text ?? null,
      when: lookup<DateFact>(quantity.when).map(({ id, text, value }) => ({ id, text, value })),
      where: lookup<LocationFact>(quantity.where).map(({ id, text, name, value }) => ({ id, text, ...(name && { name }), ...(value && { value }) })),
      sentence: quantity.sentence,
      sentenceText: sentence ? sentence.text : '',
    };
  });
}
