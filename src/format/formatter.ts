import type { RecordPart } from '../input/pieces.js';
import type { DocumentResult } from '../types.js';

/** A streaming output format: records are written as documents finish, in input order. */
export interface Formatter<R = DocumentResult> {
  write(result: R): string;
  /** Whatever closes the output (the end of a JSON array); empty for line formats. */
  end(): string;
}

/**
 * The facts formats also write a very large text's one record part by part, as its pieces
 * finish (see input/pieces.ts): the output is the same as for the whole record, and the record
 * is never held whole.
 */
export interface FactsFormatter extends Formatter<DocumentResult>, PartWriter {}

export interface PartWriter {
  writePart(part: RecordPart): string;
}

/** A part of a record, rather than a whole record. */
export function isRecordPart(output: object): output is RecordPart {
  return 'first' in output;
}

/** The record a part alone would make: its facts, and the error it closes the record with. */
export function partRecord({ id, facts, error }: RecordPart): DocumentResult {
  return error === undefined ? { id, facts } : { id, facts, error };
}

export const FORMATS = ['table', 'json', 'jsonl', 'csv'] as const;
export type FormatName = (typeof FORMATS)[number];
