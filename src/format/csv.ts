import { stringify } from 'csv-stringify/sync';
import type { DocumentResult, Fact } from '../types.js';
import { partRecord, type FactsFormatter, type Formatter } from './formatter.js';

/** Columns, in order: the common ones, then each kind's own. Documented in the README. */
export const CSV_COLUMNS = [
  'document', 'id', 'kind', 'text', 'start', 'end', 'sentence', 'value', 'low', 'high', 'qualifier', 'unit', 'currency', 'type', 'mod',
  'name', 'country', 'lat', 'lon', 'source', 'source_name', 'cue', 'content', 'direct', 'error',
] as const;

type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string | number | boolean | undefined>>;

/** One row per fact, and one row carrying the error for a document that failed (after any facts it still gave). */
export function csvFormatter(): FactsFormatter {
  const rows = csvRowsFormatter(CSV_COLUMNS, (result: DocumentResult) => [
    ...('facts' in result ? result.facts.map((fact) => factRow(result.id, fact)) : []),
    ...('error' in result ? [{ document: result.id, error: result.error }] : []),
  ]);
  return { ...rows, writePart: (part) => rows.write(partRecord(part)) };
}

/** A CSV formatter over any record type: the header once (also for no records), then each record's rows. */
export function csvRowsFormatter<R, C extends string>(columns: readonly C[], rowsOf: (result: R) => Partial<Record<C, string | number | boolean | undefined>>[]): Formatter<R> {
  let headerWritten = false;
  const header = () => {
    if (headerWritten) return '';
    headerWritten = true;
    return stringify([[...columns]]);
  };
  return {
    write: (result) => header() + stringify(rowsOf(result).map((row) => columns.map((column) => neutraliseFormula(row[column])))),
    end: header,
  };
}

function factRow(document: string, fact: Fact): Row {
  const row: Row = { document, id: fact.id, kind: fact.kind, text: fact.text, start: fact.start, end: fact.end, sentence: fact.sentence };
  switch (fact.kind) {
    case 'quantity':
      if (typeof fact.value === 'number') row.value = fact.value;
      else Object.assign(row, { low: fact.value.low, high: fact.value.high });
      return { ...row, qualifier: fact.qualifier, unit: fact.unit, currency: fact.currency };
    case 'date':
      return { ...row, value: fact.value, type: fact.type, mod: fact.mod };
    case 'location':
      return { ...row, value: fact.value, name: fact.name, type: fact.type, country: fact.country, lat: fact.lat, lon: fact.lon };
    case 'attribution':
      return { ...row, source: fact.source?.text, source_name: fact.source?.name, cue: fact.cue?.text, content: fact.content?.text, direct: fact.direct };
  }
}

/**
 * Spreadsheets run a cell as a formula when it starts with `=`, `+`, `-`, `@`, tab or carriage
 * return (OWASP, CSV injection). Such text cells get a leading apostrophe, which spreadsheets
 * hide. A text cell that is a plain negative number (`-5`, `-1,200.5`) is left alone, since
 * a spreadsheet reads it as that number; any other leading `-` (`-A1`, `-2+3+cmd|…`) is
 * escaped. Number and boolean cells never change.
 */
export function neutraliseFormula(cell: string | number | boolean | undefined): string | number | boolean | undefined {
  if (typeof cell !== 'string' || !FORMULA_START.test(cell)) return cell;
  return NEGATIVE_NUMBER.test(cell) ? cell : `'${cell}`;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const NEGATIVE_NUMBER = /^-(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
