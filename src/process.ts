import { extract } from './extract.js';
import type { DocumentResult, ExtractOptions, InputDocument } from './types.js';

/** One input document to its output record: its facts, or the error that stopped it. */
export function processDocument(input: InputDocument, options: ExtractOptions = {}): DocumentResult {
  try {
    const refDate = input.date ?? options.refDate;
    return { id: input.id, facts: extract(input.text, { ...options, refDate }) };
  } catch (error) {
    return { id: input.id, error: error instanceof Error ? error.message : String(error) };
  }
}
