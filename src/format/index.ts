import { csvFormatter } from './csv.js';
import type { FormatName, Formatter } from './formatter.js';
import { jsonArrayFormatter, jsonLinesFormatter } from './json.js';
import { tableFormatter } from './table.js';

export { FORMATS, type FormatName, type Formatter } from './formatter.js';

export function createFormatter(format: FormatName, options: { colour: boolean }): Formatter {
  switch (format) {
    case 'table':
      return tableFormatter(options);
    case 'json':
      return jsonArrayFormatter();
    case 'jsonl':
      return jsonLinesFormatter();
    case 'csv':
      return csvFormatter();
  }
}
export { CLAIM_CSV_COLUMNS, createClaimsFormatter } from './claims.js';
