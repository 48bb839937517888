import type { DocumentResult } from '../types.js';
import type { Formatter, PartWriter } from './formatter.js';

/** One record per line. */
export function jsonLinesFormatter<R = DocumentResult>(): Formatter<R> & PartWriter {
  return jsonRecords(() => '', '\n', () => '');
}

/** One JSON array, streamed: `[` before the first record, `]` after the last. */
export function jsonArrayFormatter<R = DocumentResult>(): Formatter<R> & PartWriter {
  return jsonRecords((index) => (index === 0 ? '[\n' : ',\n'), '', (count) => (count === 0 ? '[]\n' : '\n]\n'));
}

/**
 * Records as JSON, each between `before(its index)` and `after`. A record written in parts
 * comes out byte for byte as `JSON.stringify` writes the whole record (`{"id","facts","error"?}`).
 * JSON.stringify escapes lone surrogates since Node 12 (well-formed JSON.stringify), so the
 * output is valid UTF-8 JSON whatever the input text held.
 */
function jsonRecords<R>(before: (index: number) => string, after: string, close: (count: number) => string): Formatter<R> & PartWriter {
  let records = 0;
  let partFacts = 0; // facts written so far of the record being written in parts
  return {
    write: (result) => `${before(records++)}${JSON.stringify(result)}${after}`,
    writePart: ({ id, facts, first, last, error }) => {
      const head = first ? `${before(records++)}{"id":${JSON.stringify(id)},"facts":[` : '';
      const body = facts.map((fact) => JSON.stringify(fact)).join(',');
      const separator = body !== '' && partFacts > 0 && !first ? ',' : '';
      partFacts = (first ? 0 : partFacts) + facts.length;
      const tail = last ? `]${error === undefined ? '' : `,"error":${JSON.stringify(error)}`}}${after}` : '';
      return head + separator + body + tail;
    },
    end: () => close(records),
  };
}
