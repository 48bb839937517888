/**
 * Scaling out on an existing engine: `factx --input jsonl --format jsonl` is a pure
 * stdin-to-stdout mapper, so GNU parallel can split a corpus into blocks of whole lines, run
 * one factx per block on every core (or, with --sshlogin, every machine) and, with -k, put the
 * outputs back in input order. The result must equal a single-process run, byte for byte;
 * only a malformed line's error names its line within the block it was in.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseJsonLines, ROOT } from '../helpers.js';

const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).stdout?.startsWith('GNU parallel') ?? false;
if (!hasParallel) console.warn('test/parallel: skipped, GNU parallel is not on PATH (apt-get install -y parallel)');

/** A deterministic corpus of short news-like records (seeded); every `brokenEvery`th line is malformed. */
function corpus(records: number, brokenEvery = Infinity, seed = 7): string {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const places = ['Lisbon', 'Nairobi', 'Manila', 'Quebec', 'Bavaria', 'Chile', 'Osaka', 'Morocco'];
  const months = ['January', 'March', 'June', 'September', 'November'];
  const sources = ['the ministry', 'police', 'the mayor', 'a spokeswoman', 'local officials'];
  const templates = [
    () => `About ${Math.ceil(random() * 900)} people were evacuated from ${pick(places)} on ${pick(['Monday', 'Friday'])}, ${pick(sources)} said.`,
    () => `Prices in ${pick(places)} rose by ${(random() * 9).toFixed(1)}% in ${pick(months)} ${2020 + Math.floor(random() * 5)}.`,
    () => `"We expect between ${Math.ceil(random() * 20)} and ${30 + Math.ceil(random() * 20)} ships," ${pick(sources)} told reporters in ${pick(places)}.`,
    () => `The company will spend $${Math.ceil(random() * 50)} million over ${Math.ceil(random() * 6)} years on plants near ${pick(places)}.`,
    () => `More than ${Math.ceil(random() * 5000)} visitors came last week, according to ${pick(sources)}.`,
  ];
  const lines: string[] = [];
  for (let i = 1; i <= records; i++) {
    if (i % brokenEvery === 0) {
      lines.push('{"id": "broken", "text": ');
      continue;
    }
    const text = Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(templates)()).join(' ');
    lines.push(JSON.stringify({ id: `doc-${i}`, text, ...(random() < 0.5 ? { date: `2024-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 10)}` } : {}) }));
  }
  return `${lines.join('\n')}\n`;
}

describe.skipIf(!hasParallel)('GNU parallel recipe', () => {
  const folder = mkdtempSync(join(tmpdir(), 'factx-parallel-'));
  const input = join(folder, 'corpus.jsonl');
  const withBroken = join(folder, 'broken.jsonl');
  writeFileSync(input, corpus(300));
  writeFileSync(withBroken, corpus(300, 97));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const factx = `${JSON.stringify(process.execPath)} ${JSON.stringify(join(ROOT, 'bin', 'factx.js'))} --input jsonl --format jsonl`;
  const sh = (command: string) => spawnSync('bash', ['-c', command], { encoding: 'utf8', maxBuffer: 1 << 28 });

  it('splits the corpus into several blocks of whole lines', () => {
    const blocks = sh(`parallel --will-cite --pipe --block 10k -k wc -l < ${input}`);
    const counts = blocks.stdout.trim().split('\n').map(Number);
    expect(counts.length).toBeGreaterThan(3);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(300);
  });

  const recipe = (file: string) => sh(`parallel --will-cite --pipe --block 10k -k -j 2 ${factx} < ${file}`);

  // Whole runs of the CLI over a 300-record corpus: minutes on a loaded 2-core machine.
  it('gives byte for byte the output of one process, in input order', { timeout: 240_000 }, () => {
    const single = sh(`${factx} < ${input}`);
    const split = recipe(input);
    expect(single.status).toBe(0);
    expect(split.status).toBe(0);
    expect(split.stdout).toBe(single.stdout);
    const records = parseJsonLines(split.stdout) as { id: string; facts: unknown[] }[];
    expect(records.map((record) => record.id)).toEqual(Array.from({ length: 300 }, (_, i) => `doc-${i + 1}`));
    expect(records.every((record) => record.facts.length > 0)).toBe(true);
  });

  it('keeps one output line per input line where lines are malformed, naming the line within its block', { timeout: 240_000 }, () => {
    const single = sh(`${factx} < ${withBroken}`);
    const split = recipe(withBroken);
    // factx exits 1 when a record fails; parallel exits with the number of jobs that failed
    expect(single.status).toBe(1);
    expect(split.status).toBeGreaterThan(0);
    const blockFree = (output: string) => output.replace(/stdin:\d+/g, 'stdin:N');
    expect(blockFree(split.stdout)).toBe(blockFree(single.stdout));
    const records = parseJsonLines(split.stdout) as { id: string; error?: string }[];
    expect(records.flatMap((record, i) => ('error' in record ? [i + 1] : []))).toEqual([97, 194, 291]);
  });
});
