/**
 * The claims view (`factx --claims`) in every format: one row per numeric claim — the value
 * with its qualifier, what it counts, who says so, when, where, and the sentence.
 *
 * - jsonl: `{"id": "<document>", "claims": [Claim, …]}` per document (or `{"id", "error"}`);
 * - json: one array of those records;
 * - csv: one row per claim, columns `CLAIM_CSV_COLUMNS`; lists (`when`, `where`) joined by `; `;
 * - table: one table per document; an unattributed number says `unattributed`.
 */
import type { Claim, ClaimsResult } from '../claims/claims.js';
import { csvRowsFormatter } from './csv.js';
import type { FormatName, Formatter } from './formatter.js';
import { jsonArrayFormatter, jsonLinesFormatter } from './json.js';
import { printable } from './printable.js';
import { documentTables } from './table.js';
import { displayQuantity } from './values.js';

export const CLAIM_CSV_COLUMNS = [
  'document', 'quantity', 'text', 'start', 'end', 'value', 'low', 'high', 'qualifier', 'unit', 'currency',
  'source', 'attribution', 'cue', 'when', 'when_values', 'where', 'where_values', 'sentence', 'sentence_text', 'error',
] as const;

export const UNATTRIBUTED = 'unattributed';

export function createClaimsFormatter(format: FormatName, options: { colour: boolean }): Formatter<ClaimsResult> {
  switch (format) {
    case 'table':
      return claimsTable(options);
    case 'json':
      return jsonArrayFormatter<ClaimsResult>();
    case 'jsonl':
      return jsonLinesFormatter<ClaimsResult>();
    case 'csv':
      return csvRowsFormatter(CLAIM_CSV_COLUMNS, (result: ClaimsResult) =>
        'error' in result ? [{ document: result.id, error: result.error }] : result.claims.map((claim) => claimRow(result.id, claim)),
      );
  }
}

function claimRow(document: string, claim: Claim): Partial<Record<(typeof CLAIM_CSV_COLUMNS)[number], string | number>> {
  const { value } = claim;
  return {
    document,
    quantity: claim.quantity,
    text: claim.text,
    start: claim.start,
    end: claim.end,
    ...(typeof value === 'number' ? { value } : { low: value.low, high: value.high }),
    qualifier: claim.qualifier,
    unit: claim.unit,
    currency: claim.currency,
    source: claim.source ?? undefined,
    attribution: claim.attribution ?? undefined,
    cue: claim.cue ?? undefined,
    when: joined(claim.when.map((time) => time.text)),
    when_values: joined(claim.when.map((time) => time.value)),
    where: joined(claim.where.map(placeName)),
    where_values: joined(claim.where.map((place) => place.value ?? '')),
    sentence: claim.sentence,
    sentence_text: claim.sentenceText,
  };
}

function claimsTable(options: { colour: boolean }): Formatter<ClaimsResult> {
  return documentTables<ClaimsResult, Claim>(
    options,
    {
      head: ['value', 'counts', 'who says so', 'when', 'where', 'sentence'],
      colWidths: [14, 20, 24, 16, 18, 52],
      rows: (claims, chalk) => {
        const unattributed = claims.filter((claim) => claim.source === null).length;
        return {
          summary: `${claims.length} claims, ${unattributed} ${UNATTRIBUTED}`,
          rows: claims.map((claim) => [
            chalk.cyan(printable(displayQuantity(claim))),
            printable(claim.unit ?? ''),
            claim.source === null ? chalk.dim(UNATTRIBUTED) : chalk.magenta(printable(claim.source)),
            printable(claim.when.map(timeLabel).join(', ')),
            printable(claim.where.map(placeName).join(', ')),
            printable(claim.sentenceText),
          ]),
        };
      },
    },
    (result) => ('error' in result ? result : { id: result.id, items: result.claims }),
  );
}

/** The resolved value (`2025-01`), or the text where the year or more is unknown (`XXXX-01`). */
function timeLabel(time: Claim['when'][number]): string {
  return time.value.includes('X') ? time.text : time.value;
}

function placeName(place: Claim['where'][number]): string {
  return place.name ?? place.text;
}

function joined(values: string[]): string | undefined {
  return values.length > 0 ? values.join('; ') : undefined;
}
