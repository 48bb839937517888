import type { DocumentResult } from '../types.js';
import type { Formatter } from './formatter.js';

/** One record per line. */
export function jsonLinesFormatter<R = DocumentResult>(): Formatter<R> {
  return { write: (result) => `${safeJson(result)}\n`, end: () => '' };
}

/** One JSON array, streamed: `[` before the first record, `]` after the last. */
export function jsonArrayFormatter<R = DocumentResult>(): Formatter<R> {
  let count = 0;
  return {
    write: (result) => `${count++ === 0 ? '[\n' : ',\n'}${safeJson(result)}`,
    end: () => (count === 0 ? '[]\n' : '\n]\n'),
  };
}

/**
 * JSON.stringify escapes lone surrogates since Node 12 (well-formed JSON.stringify), so the
 * output is valid UTF-8 JSON whatever the input text held.
 */
function safeJson(result: unknown): string {
  return JSON.stringify(result);
}
