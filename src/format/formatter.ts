import type { DocumentResult } from '../types.js';

/** A streaming output format: records are written as documents finish, in input order. */
export interface Formatter<R = DocumentResult> {
  write(result: R): string;
  /** Whatever closes the output (the end of a JSON array); empty for line formats. */
  end(): string;
}

export const FORMATS = ['table', 'json', 'jsonl', 'csv'] as const;
export type FormatName = (typeof FORMATS)[number];
