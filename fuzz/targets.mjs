/**
 * Fuzz targets, in Jazzer.js's shape (`fuzz(data: Buffer)`; throwing = a finding), over the
 * built library in dist/. Each checks invariants, not just "does not crash".
 */
import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { extract } from '../dist/extract.js';
import { createFormatter } from '../dist/format/index.js';
import { printable } from '../dist/format/printable.js';
import { decodeBytes, StreamDecoder } from '../dist/input/decode.js';
import { extractCounted } from '../dist/extract.js';
import { PieceMerger, piecesOf } from '../dist/input/pieces.js';
import { readInput } from '../dist/input/read.js';

function check(condition, message) {
  if (!condition) throw new Error(message);
}

function spansOf(fact) {
  return fact.kind === 'attribution' ? [fact, fact.source, fact.cue, fact.content].filter(Boolean) : [fact];
}

/** extract: never throws, offsets exact, output valid in every format, pieces agree with the whole. */
export function extractTarget(data) {
  const text = data.toString('utf8');
  const facts = extract(text, { refDate: '2025-02-20' });
  for (const fact of facts) {
    for (const span of spansOf(fact)) check(text.slice(span.start, span.end) === span.text, `span ${JSON.stringify(span)} does not slice back`);
  }
  const record = { id: text.slice(0, 20), facts };
  for (const format of ['json', 'jsonl']) {
    const formatter = createFormatter(format, { colour: false });
    JSON.parse(formatter.write(record) + formatter.end());
  }
  const csv = createFormatter('csv', { colour: false });
  const rows = parse(csv.write(record) + csv.end(), { columns: true });
  check(rows.length === facts.length, 'csv rows lost');
  for (const row of rows) for (const cell of Object.values(row)) check(!/^(?:[=+@\t\r]|-(?!\d))/.test(cell), `formula cell ${cell}`);
  const table = createFormatter('table', { colour: true }).write(record);
  check(!/[\u0000-\u0008\u000b-\u001a\u001c-\u001f\u007f-\u009f]/.test(table.replace(/\u001b\[[0-9;]*m/g, '').replace(/\n/g, '')), 'control character in table');
  check(!/[\u0000-\u001f]/.test(printable(text)), 'printable leaks a control character');
  // Cut into pieces, the parts of the text's record must close it once and keep exact offsets.
  if (text.length > 1024) {
    const merger = new PieceMerger();
    const parts = piecesOf({ id: 'x', text }, 1024).map((item) => merger.add('x', item.piece, extractCounted(item.document.text, { refDate: '2025-02-20' })));
    check(parts.length > 1 && parts[0].first && parts.at(-1).last && parts.filter((part) => part.last).length === 1, 'pieces did not make one record');
    for (const fact of parts.flatMap((part) => part.facts)) for (const span of spansOf(fact)) check(text.slice(span.start, span.end) === span.text, 'merged span does not slice back');
  }
}

/** The readers: decoding agrees however bytes are chunked; every input ends in documents or one error. */
export async function readersTarget(data) {
  const whole = decodeBytes(data);
  const decoder = new StreamDecoder();
  let streamed = '';
  const step = 1 + (data[0] ?? 0) % 17;
  for (let i = 0; i < data.length; i += step) streamed += decoder.write(data.subarray(i, i + step));
  streamed += decoder.end();
  check(decoder.binary === (whole === undefined), 'binary verdict depends on chunking');
  if (whole) check(streamed === whole.text && decoder.invalid === whole.invalid, 'decoded text depends on chunking');

  const chunks = () => Readable.from(Array.from({ length: Math.ceil(data.length / step) }, (_, i) => data.subarray(i * step, (i + 1) * step)));
  const text = [];
  for await (const item of readInput('-', 'text', { stdin: chunks(), pieceSize: 32 })) {
    if ('error' in item) check(text.length === 0 && !whole && item.error.startsWith('binary'), `unexpected error ${item.error}`);
    else text.push(item.document.text);
  }
  if (whole) check(text.join('') === whole.text, 'text pieces do not put the file back together');
  let records = 0;
  for await (const item of readInput('-', 'jsonl', { stdin: chunks(), pieceSize: 32 })) {
    records++;
    if (!('error' in item)) check(typeof item.document.text === 'string' && typeof item.document.id === 'string', 'bad document');
  }
  if (!whole) check(records === 1, 'a binary JSON Lines input must give exactly one error');
}

export const TARGETS = { extract: extractTarget, readers: readersTarget };
