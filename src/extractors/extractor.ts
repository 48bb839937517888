import type { ParsedDocument } from '../document.js';
import type { Fact, FactKind } from '../types.js';

/** A fact as an extractor finds it; the pipeline adds its id and sentence index. */
export type Draft<F extends Fact> = F extends Fact ? Omit<F, 'id' | 'sentence'> : never;

/** One module per fact kind: how it reads the shared parse. */
export interface Extractor<K extends FactKind = FactKind> {
  kind: K;
  extract(doc: ParsedDocument): Draft<Extract<Fact, { kind: K }>>[];
}

/** Any one of the extractors, whatever its kind. */
export type AnyExtractor = { [K in FactKind]: Extractor<K> }[FactKind];
