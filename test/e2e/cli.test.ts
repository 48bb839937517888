import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { DocumentResult, Fact } from '../../src/types.js';
import { parseJsonLines, runFactx, SEED, SEED_TEXT } from '../helpers.js';

type Ok = { id: string; facts: Fact[] };

function seedFacts(stdout: string): Fact[] {
  const [record] = parseJsonLines(stdout) as Ok[];
  return record.facts;
}

describe('factx on the seed article', () => {
  const jsonl = runFactx([SEED, '--format', 'jsonl', '--ref-date', '2025-02-20']);

  it('exits 0 and writes one JSON Lines record for the file', () => {
    expect(jsonl.status).toBe(0);
    const records = parseJsonLines(jsonl.stdout) as Ok[];
    expect(records).toHaveLength(1);
    expect(records[0].id).toBe(SEED);
  });

  it('gives facts of every kind, each slicing back to its text', () => {
    const facts = seedFacts(jsonl.stdout);
    expect(new Set(facts.map((f) => f.kind))).toEqual(new Set(['quantity', 'date', 'location', 'attribution']));
    for (const fact of facts) expect(SEED_TEXT.slice(fact.start, fact.end)).toBe(fact.text);
  });

  it('finds the headline numbers with their qualifiers', () => {
    const quantities = seedFacts(jsonl.stdout).filter((f) => f.kind === 'quantity');
    const byText = (text: string) => quantities.find((q) => q.text.includes(text));
    expect(byText('11,000')).toMatchObject({ value: 11000, qualifier: '~' });
    expect(byText('10,000')).toMatchObject({ value: 10000, qualifier: '<=' });
    expect(byText('1,000 to 3,000')).toMatchObject({ value: { low: 1000, high: 3000 } });
    expect(byText('300')).toMatchObject({ value: 300 });
    expect(byText('2,700')).toMatchObject({ value: 2700 });
  });

  it('finds the places, dates and the NIS statement', () => {
    const facts = seedFacts(jsonl.stdout);
    const places = facts.filter((f) => f.kind === 'location').map((f) => f.text);
    expect(places).toEqual(expect.arrayContaining(['Pyongyang', 'Moscow', 'Crimea', 'Russia', 'Ukraine']));
    const dates = facts.filter((f) => f.kind === 'date').map((f) => [f.text, f.kind === 'date' && f.value]);
    expect(dates).toEqual(expect.arrayContaining([['2014', '2014'], ['early February 2025', '2025-02']]));
    const statement = facts.find((f) => f.kind === 'attribution' && f.direct && f.cue?.text === 'stated');
    expect(statement).toBeDefined();
  });

  it('writes the same records as one JSON array with --format json', () => {
    const json = runFactx([SEED, '--format', 'json', '--ref-date', '2025-02-20']);
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(parseJsonLines(jsonl.stdout));
  });

  it('writes one CSV row per fact with a header', () => {
    const csv = runFactx([SEED, '--format', 'csv', '--ref-date', '2025-02-20']);
    expect(csv.status).toBe(0);
    const rows = parse(csv.stdout, { columns: true }) as Record<string, string>[];
    const facts = seedFacts(jsonl.stdout);
    expect(rows).toHaveLength(facts.length);
    expect(rows.map((row) => [row.kind, row.text, Number(row.start), Number(row.end)])).toEqual(facts.map((f) => [f.kind, f.text, f.start, f.end]));
  });

  it('prints a table grouped by document, without colour when NO_COLOR is set', () => {
    const table = runFactx([SEED, '--format', 'table'], { env: { NO_COLOR: '1' } });
    expect(table.status).toBe(0);
    expect(table.stdout).toContain(SEED);
    expect(table.stdout).toContain('Pyongyang');
    expect(table.stdout).not.toMatch(/\u001b\[/);
  });
});

describe('inputs', () => {
  it('reads stdin when no input is given, and defaults to JSON Lines when stdout is not a terminal', () => {
    const run = runFactx(['--kinds', 'quantity'], { input: 'Officials said about 300 soldiers died.' });
    expect(run.status).toBe(0);
    const [record] = parseJsonLines(run.stdout) as Ok[];
    expect(record.id).toBe('stdin');
    expect(record.facts).toEqual([expect.objectContaining({ kind: 'quantity', value: 300, qualifier: '~' })]);
  });

  it('reads JSON Lines records and uses each record date as the reference', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'The strike happened yesterday.', date: '2024-03-05' }),
      JSON.stringify({ id: 'b', text: 'Nothing here.' }),
    ].join('\n');
    const run = runFactx(['--input', 'jsonl', '--kinds', 'date'], { input });
    expect(run.status).toBe(0);
    const records = parseJsonLines(run.stdout) as Ok[];
    expect(records.map((r) => r.id)).toEqual(['a', 'b']);
    expect(records[0].facts[0]).toMatchObject({ text: 'yesterday', value: '2024-03-04' });
  });

  it('recurses into folders in sorted order and expands glob patterns', () => {
    const folder = mkdtempSync(join(tmpdir(), 'factx-'));
    mkdirSync(join(folder, 'sub'));
    writeFileSync(join(folder, 'b.txt'), 'About 40 people came.');
    writeFileSync(join(folder, 'sub', 'a.txt'), 'Some 12 people left.');
    writeFileSync(join(folder, 'a.txt'), 'Nearly 7 people stayed.');
    const byFolder = parseJsonLines(runFactx([folder]).stdout) as DocumentResult[];
    expect(byFolder.map((r) => r.id)).toEqual([join(folder, 'a.txt'), join(folder, 'b.txt'), join(folder, 'sub', 'a.txt')]);
    const byGlob = parseJsonLines(runFactx([`${folder}/*.txt`]).stdout) as DocumentResult[];
    expect(byGlob.map((r) => r.id)).toEqual([join(folder, 'a.txt'), join(folder, 'b.txt')]);
  });

  it('writes to a file with --output', () => {
    const folder = mkdtempSync(join(tmpdir(), 'factx-'));
    const out = join(folder, 'facts.jsonl');
    const run = runFactx(['-o', out, '--format', 'jsonl'], { input: 'Up to 5 ships sank.' });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    const [record] = parseJsonLines(readFileSync(out, 'utf8')) as Ok[];
    expect(record.facts).toEqual([expect.objectContaining({ kind: 'quantity', value: 5, qualifier: '<=' })]);
  });
});

describe('exit codes', () => {
  it('exits 1 when an input fails, still writing the others', () => {
    const run = runFactx(['no-such-file.txt', SEED, '--kinds', 'location']);
    expect(run.status).toBe(1);
    const records = parseJsonLines(run.stdout) as DocumentResult[];
    expect(records[0]).toEqual({ id: 'no-such-file.txt', error: expect.stringContaining('no such file') });
    expect('facts' in records[1] && records[1].facts.length).toBeGreaterThan(0);
    expect(run.stderr).toContain('no-such-file.txt');
  });

  it('reports a malformed JSON Lines record with its line number and goes on', () => {
    const run = runFactx(['--input', 'jsonl', '--kinds', 'quantity'], { input: '{"id":"x","text":"About 3 cats."}\nnot json\n{"id":"y","text":42}\n' });
    expect(run.status).toBe(1);
    const records = parseJsonLines(run.stdout) as DocumentResult[];
    expect(records).toHaveLength(3);
    expect(records[1]).toMatchObject({ error: expect.stringContaining('stdin:2') });
    expect(records[2]).toMatchObject({ id: 'y', error: expect.stringContaining('"text" must be a string') });
  });

  it.each([
    [['--format', 'xml']],
    [['--kinds', 'weather']],
    [['--ref-date', '2025-13-40']],
    [['--no-such-option']],
  ])('exits 2 with one message line for %j', (args) => {
    const run = runFactx(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toMatch(/^error: /);
  });

  it('prints help with examples and the version', () => {
    expect(runFactx(['--help']).stdout).toContain('Examples:');
    expect(runFactx(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
