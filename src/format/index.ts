import { csvFormatter } from './csv.js';
import type { FactsFormatter, FormatName } from './formatter.js';
import { jsonArrayFormatter, jsonLinesFormatter } from './json.js';
import { tableFormatter } from './table.js';

export { FORMATS, isRecordPart, type FactsFormatter, type FormatName, type Formatter } from './formatter.js';

export function createFormatter(format: FormatName, options: { colour: boolean }): FactsFormatter {
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
