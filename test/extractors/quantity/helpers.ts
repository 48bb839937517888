import { extract } from '../../../src/extract.js';
import type { QuantityFact } from '../../../src/types.js';

/** The quantity facts of a text, through the whole pipeline. */
export function quantities(text: string): QuantityFact[] {
  return extract(text, { kinds: ['quantity'] }) as QuantityFact[];
}

/** The one quantity whose text is `span`, or undefined. */
export function quantity(text: string, span: string): QuantityFact | undefined {
  return quantities(text).find((q) => q.text === span);
}
