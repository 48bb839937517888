import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/format/csv.js';
import { readSchema } from '../../src/schema/index.js';
import { parseJsonLines, ROOT, runFactx, SEED } from '../helpers.js';

const schema = JSON.parse(readSchema()) as { $defs: Record<string, { required?: string[] }> };
const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addSchema(schema);
const validator = (definition?: string) => ajv.getSchema(definition ? `urn:factx:output-record#/$defs/${definition}` : 'urn:factx:output-record')!;
const validRecord = validator();
const validJsonOutput = validator('jsonOutput');
const validCsvRow = validator('csvRow');

function expectValid(validate: ReturnType<typeof validator>, value: unknown) {
  const ok = validate(value);
  expect(ok, `${ajv.errorsText(validate.errors)} in ${JSON.stringify(value).slice(0, 300)}`).toBe(true);
}

/** Inputs that between them give every record shape: facts of every kind, web-page fields, errors. */
function inputs(): string[] {
  const folder = mkdtempSync(join(tmpdir(), 'factx-schema-'));
  const records = join(folder, 'records.jsonl');
  writeFileSync(
    records,
    [
      JSON.stringify({ id: 'r1', text: 'Between 20 and 30 trucks crossed into Poland on Monday, border guards said, and fuel prices rose by about 4% to $1.90.', date: '2025-01-15' }),
      'this line is not JSON',
      JSON.stringify({ id: 'r3', text: '"We counted 1,200 people," the organiser told reporters in Lyon last week.' }),
      JSON.stringify({ id: 'r4', text: 'Deputies in Clarke County, Georgia, closed roads, and in New Orleans the market on Magazine Street stayed shut.' }),
    ].join('\n'),
  );
  return [SEED, records, `${ROOT}fixtures/html/`, join(folder, 'missing.txt')];
}

describe('the JSON Schema of the output records', () => {
  const files = inputs();

  it('is printed by factx --schema, byte for byte the shipped file', () => {
    const run = runFactx(['--schema']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(readFileSync(`${ROOT}schema/factx-output.schema.json`, 'utf8'));
  });

  it.each([[[]], [['--include-text']]])('validates every JSON Lines record of real output (%j), errors and web pages included', (extra) => {
    const run = runFactx([...files, '--format', 'jsonl', '--ref-date', '2025-02-20', ...extra]);
    expect(run.status).toBe(1);
    const records = parseJsonLines(run.stdout) as Record<string, unknown>[];
    expect(records.length).toBe(9);
    for (const record of records) expectValid(validRecord, record);
    const facts = records.flatMap((r) => (r.facts ?? []) as { kind: string; value?: unknown; near?: string }[]);
    expect(new Set(facts.map((f) => f.kind))).toEqual(new Set(['quantity', 'date', 'location', 'attribution']));
    // A county's GeoNames code and a borrowed point are in the output, so the schema is tried on both.
    expect(facts.some((f) => f.kind === 'location' && /^US\.GA\./.test(String(f.value)))).toBe(true);
    expect(facts.some((f) => f.kind === 'location' && f.near)).toBe(true);
    expect(records.filter((r) => 'error' in r)).toHaveLength(2);
    expect(records.filter((r) => 'published' in r)).toHaveLength(3);
    expect(records.filter((r) => 'text' in r)).toHaveLength(extra.length > 0 ? 7 : 0);
  });

  it('validates the array --format json writes', () => {
    const run = runFactx([...files, '--format', 'json', '--include-text']);
    expectValid(validJsonOutput, JSON.parse(run.stdout));
  });

  it('documents every CSV column, in order, and validates every row', () => {
    expect(schema.$defs.csvRow.required).toEqual([...CSV_COLUMNS]);
    const run = runFactx([...files, '--format', 'csv']);
    const rows = parse(run.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(50);
    for (const row of rows) expectValid(validCsvRow, row);
  });

  // The claims view (--claims) is built on another branch; this runs once the CLI has it.
  const hasClaims = runFactx(['--help']).stdout.includes('--claims');
  it.skipIf(!hasClaims)('validates the records of the claims view', () => {
    for (const format of ['jsonl', 'json']) {
      const run = runFactx([SEED, '--claims', '--format', format, '--ref-date', '2025-02-20']);
      expect(run.status).toBe(0);
      if (format === 'json') expectValid(validJsonOutput, JSON.parse(run.stdout));
      else for (const record of parseJsonLines(run.stdout)) expectValid(validRecord, record);
    }
  });

  const fact = { id: 'q1', kind: 'quantity', text: '300', start: 4, end: 7, sentence: 0, value: 300 };
  it.each([
    ['an undocumented field', { ...fact, colour: 'red' }],
    ['a quantity without value', { ...fact, value: undefined }],
    ['an id of another kind', { ...fact, id: 'd1' }],
    ['a negative offset', { ...fact, start: -1 }],
    ['an unknown qualifier', { ...fact, qualifier: 'about' }],
    ['a half range', { ...fact, value: { low: 1 } }],
    ['a claim link to a non-attribution', { ...fact, claimedBy: 'q2' }],
    ['a date without type', { id: 'd1', kind: 'date', text: 'May 3', start: 0, end: 5, sentence: 0, value: 'XXXX-05-03' }],
    ['an attribution without direct', { id: 'a1', kind: 'attribution', text: 'he said', start: 0, end: 7, sentence: 0 }],
  ])('rejects %s', (_, bad) => {
    expect(validRecord({ id: 'doc', facts: [JSON.parse(JSON.stringify(bad))] })).toBe(false);
  });

  it('takes facts beside an error (a large text one of whose pieces failed) but rejects a published date that is not YYYY-MM-DD', () => {
    expectValid(validRecord, { id: 'doc', facts: [fact], error: 'boom (in the piece at offset 262144)' });
    expect(validRecord({ id: 'doc', facts: [], error: 7 })).toBe(false);
    expect(validRecord({ id: 'doc', facts: [], published: 'March 3' })).toBe(false);
    expectValid(validRecord, { id: 'doc', facts: [{ ...fact, claimedBy: 'a1', when: ['d1'], where: ['l2'] }], title: 'T', byline: 'B', published: '2025-03-03', text: 'Was 300 then.' });
  });
});
