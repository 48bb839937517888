import { extract } from './extract.js';
import type { DocumentResult, ExtractOptions, InputDocument } from './types.js';

export interface ProcessOptions extends ExtractOptions {
  /** Add the text the offsets refer to (a web page's article text) to the record as `text`. */
  includeText?: boolean;
}

/** One input document to its output record: its facts, or the error that stopped it. */
export async function processDocument(input: InputDocument, options: ProcessOptions = {}): Promise<DocumentResult> {
  try {
    const { includeText, ...extractOptions } = options;
    // The HTML reader (linkedom, Readability) costs start-up time: load it only for web pages.
    const { text, ...metadata } = input.format === 'html' ? (await import('./input/html.js')).readHtml(input.text) : { text: input.text };
    const refDate = input.date ?? metadata.published ?? options.refDate;
    const facts = extract(text, { ...extractOptions, refDate });
    return { id: input.id, ...metadata, facts, ...(includeText ? { text } : {}) };
  } catch (error) {
    return { id: input.id, error: error instanceof Error ? error.message : String(error) };
  }
}
