import { extract } from '../../../src/extract.js';
import type { DateFact } from '../../../src/types.js';

/** The date facts of a sentence, against a reference date. */
export function dates(text: string, refDate?: string): DateFact[] {
  return extract(text, { kinds: ['date'], refDate }).filter((f): f is DateFact => f.kind === 'date');
}

/** The date fact whose text is exactly `span`. */
export function dateAt(text: string, span: string, refDate?: string): DateFact | undefined {
  return dates(text, refDate).find((f) => f.text === span);
}

/** `text → value` pairs, compact for assertions. */
export function values(text: string, refDate?: string): string[] {
  return dates(text, refDate).map((f) => `${f.text} → ${f.value}`);
}
