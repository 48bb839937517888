import { extractClaims, type ClaimsResult } from './claims/index.js';
import { errorMessage } from './errors.js';
import { extract, extractCounted } from './extract.js';
import type { DocumentItem, PieceOutcome } from './input/pieces.js';
import type { DocumentResult, ExtractOptions, InputDocument } from './types.js';

export interface ProcessOptions extends ExtractOptions {
  /** Add the text the offsets refer to (a web page's article text) to the record as `text`. */
  includeText?: boolean;
  /** The claims view: one claim per quantity instead of the facts (every kind is extracted). */
  claims?: boolean;
}

/** What processing one document gives: its facts or claims record, or the error that stopped it. */
export type OutputRecord = DocumentResult | ClaimsResult;

/** One input document to its output record: its facts (or claims), or the error that stopped it. */
export async function processDocument(input: InputDocument, options: ProcessOptions & { claims: true }): Promise<ClaimsResult>;
export async function processDocument(input: InputDocument, options?: ProcessOptions & { claims?: false }): Promise<DocumentResult>;
export async function processDocument(input: InputDocument, options?: ProcessOptions): Promise<OutputRecord>;
export async function processDocument(input: InputDocument, options: ProcessOptions = {}): Promise<OutputRecord> {
  try {
    const { includeText, claims, ...extractOptions } = options;
    // The HTML reader (linkedom, Readability) costs start-up time: load it only for web pages.
    const { text, ...metadata } = input.format === 'html' ? (await import('./input/html.js')).readHtml(input.text) : { text: input.text };
    const refDate = input.date ?? metadata.published ?? options.refDate;
    const found = claims ? { claims: extractClaims(text, { ...extractOptions, refDate }) } : { facts: extract(text, { ...extractOptions, refDate }) };
    return { id: input.id, ...metadata, ...found, ...(includeText ? { text } : {}) };
  } catch (error) {
    return { id: input.id, error: errorMessage(error) };
  }
}

/** What one item of the reading side gives: a whole document's record, or one piece's facts to merge. */
export type ItemOutcome = OutputRecord | PieceOutcome;

/** One document or piece of a large text (see input/pieces.ts); never throws. Runs in workers too. */
export async function processItem(item: DocumentItem, options: ProcessOptions = {}): Promise<ItemOutcome> {
  if (!item.piece) return processDocument(item.document, options);
  try {
    return extractCounted(item.document.text, { kinds: options.kinds, timeBudget: options.timeBudget, refDate: item.document.date ?? options.refDate });
  } catch (error) {
    return { error: errorMessage(error) };
  }
}
