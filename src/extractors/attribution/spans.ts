import { spanOf, type ParsedDocument, type Token } from '../../document.js';
import type { Span } from '../../types.js';

/** The span from the first to the last token, or undefined for none. */
export function spanOfTokens(doc: ParsedDocument, tokens: Token[]): Span | undefined {
  if (tokens.length === 0) return undefined;
  return spanOf(doc.text, tokens[0].start, tokens[tokens.length - 1].end);
}

/** Trim a character range of white space and the given punctuation at both ends. */
export function trimmedSpan(doc: ParsedDocument, start: number, end: number, trim = /[\s,;:]/): Span | undefined {
  while (start < end && trim.test(doc.text[start])) start++;
  while (end > start && trim.test(doc.text[end - 1])) end--;
  return end > start ? spanOf(doc.text, start, end) : undefined;
}
