import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/claims/index.js';
import { CLAIM_CSV_COLUMNS } from '../../src/format/index.js';
import { parseJsonLines, runFactx, SEED } from '../helpers.js';

type Record = { id: string; claims: Claim[] };

describe('factx --claims', () => {
  const jsonl = runFactx([SEED, '--claims', '--format', 'jsonl', '--ref-date', '2025-02-20']);
  const [record] = parseJsonLines(jsonl.stdout) as Record[];

  it('writes one {"id", "claims"} record per document, one claim per number', () => {
    expect(jsonl.status).toBe(0);
    expect(record.id).toBe(SEED);
    expect(record.claims.length).toBeGreaterThan(5);
    const zelensky = record.claims.find((c) => c.text === '10,000');
    expect(zelensky).toMatchObject({ value: 10000, qualifier: '<=', unit: 'soldiers', cue: 'warned' });
    expect(zelensky?.source).toMatch(/Zelensky/);
    expect(zelensky?.attribution).toMatch(/^a\d+$/);
  });

  it('keeps the links on the quantities of the plain facts output, as fact ids', () => {
    const facts = runFactx([SEED, '--format', 'jsonl', '--ref-date', '2025-02-20']);
    const [{ facts: list }] = parseJsonLines(facts.stdout) as { facts: { id: string; kind: string; claimedBy?: string; when?: string[] }[] }[];
    const ids = new Set(list.map((fact) => fact.id));
    const linked = list.filter((fact) => fact.kind === 'quantity' && fact.claimedBy);
    expect(linked.length).toBeGreaterThan(0);
    for (const fact of linked) {
      expect(ids.has(fact.claimedBy!)).toBe(true);
      for (const id of fact.when ?? []) expect(id).toMatch(/^d\d+$/);
    }
  });

  it('writes the same records as one JSON array', () => {
    const json = runFactx([SEED, '--claims', '--format', 'json', '--ref-date', '2025-02-20']);
    expect(JSON.parse(json.stdout)).toEqual([record]);
  });

  it('writes one CSV row per claim, ranges in low/high, lists joined by "; "', () => {
    const csv = runFactx([SEED, '--claims', '--format', 'csv', '--ref-date', '2025-02-20']);
    const rows = parse(csv.stdout, { columns: true }) as { [column: string]: string }[];
    expect(Object.keys(rows[0])).toEqual([...CLAIM_CSV_COLUMNS]);
    expect(rows).toHaveLength(record.claims.length);
    const range = rows.find((row) => row.text === '1,000 to 3,000');
    expect(range).toMatchObject({ value: '', low: '1000', high: '3000', when_values: '2025-01; 2025-02' });
  });

  it('shows a table a person can read, saying which numbers nobody claims', () => {
    const table = runFactx(['--claims', '--format', 'table'], { input: 'Prices rose by 5% last year. The bank said inflation would ease to 2% by 2026.' });
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/2 claims, 1 unattributed/);
    expect(table.stdout).toMatch(/│ 5 +│ % +│ unattributed/);
    expect(table.stdout).toMatch(/The bank/);
  });

  it('ignores --kinds, saying so on stderr', () => {
    const run = runFactx(['--claims', '--kinds', 'quantity'], { input: 'Police said 12 people were hurt.' });
    expect(run.stderr).toMatch(/--kinds is ignored/);
    const [only] = parseJsonLines(run.stdout) as Record[];
    expect(only.claims[0]).toMatchObject({ text: '12', source: 'Police' });
  });

  it('reports a failed input as an error record and exits 1', () => {
    const run = runFactx(['--claims', 'no-such-file.txt']);
    expect(run.status).toBe(1);
    expect(parseJsonLines(run.stdout)).toEqual([{ id: 'no-such-file.txt', error: expect.any(String) }]);
  });
});
