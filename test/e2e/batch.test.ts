import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { runPipeline, slots } from '../../src/pipeline.js';
import type { InputItem } from '../../src/input/read.js';
import type { OutputRecord } from '../../src/process.js';
import type { DocumentResult } from '../../src/types.js';
import { parseJsonLines, ROOT, runFactx } from '../helpers.js';

const SENTENCES = ['About 40 people came on Monday.', 'Up to 12 ships left Seoul, officials said.', 'Nothing to see.', 'At least 7 died in 2019.'];

function folderOfArticles(count: number): string {
  const folder = mkdtempSync(join(tmpdir(), 'factx-batch-'));
  for (let i = 0; i < count; i++) writeFileSync(join(folder, `doc-${String(i).padStart(3, '0')}.txt`), SENTENCES[i % SENTENCES.length].repeat(1 + (i % 5)));
  return folder;
}

describe('batches over worker threads', () => {
  const folder = folderOfArticles(24);

  it('write the same records, in input order, with 2 workers as with 1', () => {
    const one = runFactx([folder, '--jobs', '1', '--format', 'jsonl']);
    const two = runFactx([folder, '--jobs', '2', '--format', 'jsonl']);
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const ids = (parseJsonLines(two.stdout) as DocumentResult[]).map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toHaveLength(24);
  });

  it('stream JSON as one valid array across workers', () => {
    const json = runFactx([folder, '--jobs', '2', '--format', 'json']);
    expect(JSON.parse(json.stdout)).toHaveLength(24);
  });

  it('give the same output with and without the startup snapshot', () => {
    const line = 'About 300 soldiers died near Kursk on Monday, officials said.';
    const withSnapshot = runFactx(['--format', 'jsonl', '--ref-date', '2025-02-20'], { input: line });
    const without = runFactx(['--format', 'jsonl', '--ref-date', '2025-02-20'], { input: line, env: { FACTX_NO_SNAPSHOT: '1' } });
    expect(withSnapshot.status).toBe(0);
    expect(withSnapshot.stdout).toBe(without.stdout);
  });

  it('start worker threads from the startup snapshot: same batch output as without it', () => {
    const withSnapshot = runFactx([folder, '--jobs', '2', '--format', 'jsonl']);
    const without = runFactx([folder, '--jobs', '2', '--format', 'jsonl'], { env: { FACTX_NO_SNAPSHOT: '1' } });
    expect(withSnapshot.stderr).toBe('');
    expect(withSnapshot.stdout).toBe(without.stdout);
  });

  it('run the same through the `factx` command, called by a symlink as npm installs it', () => {
    const link = join(mkdtempSync(join(tmpdir(), 'factx-bin-')), 'factx');
    symlinkSync(join(ROOT, 'bin', 'factx'), link);
    const line = 'Up to 12 ships left Seoul on Monday, officials said.';
    const expected = runFactx(['--format', 'jsonl', '--ref-date', '2025-02-20'], { input: line }).stdout;
    for (const env of [{}, { FACTX_NO_SNAPSHOT: '1' }]) {
      const run = spawnSync(link, ['--format', 'jsonl', '--ref-date', '2025-02-20'], { input: line, encoding: 'utf8', env: { ...process.env, ...env } });
      expect(run.status).toBe(0);
      expect(run.stdout).toBe(expected);
    }
    expect(spawnSync(link, ['--jobs', 'two'], { encoding: 'utf8' }).status).toBe(2);
  });

  it('run without the snapshot through the `factx` command when another Node.js made it', () => {
    // A copy of the package whose snapshot stamp names another Node.js and another binary.
    const copy = mkdtempSync(join(tmpdir(), 'factx-stamp-'));
    for (const folder of ['bin', 'dist']) {
      mkdirSync(join(copy, folder));
      for (const file of readdirSync(join(ROOT, folder))) symlinkSync(join(ROOT, folder, file), join(copy, folder, file));
    }
    // A blob that would not load, so trying it anyway fails the run.
    for (const file of ['factx.blob', 'factx.blob.json']) rmSync(join(copy, 'dist', file));
    // The launcher itself copied, not linked: it finds dist/ beside the file it really is.
    rmSync(join(copy, 'bin', 'factx'));
    copyFileSync(join(ROOT, 'bin', 'factx'), join(copy, 'bin', 'factx'));
    writeFileSync(join(copy, 'dist', 'factx.blob'), 'not a snapshot');
    writeFileSync(join(copy, 'dist', 'factx.blob.json'), JSON.stringify({ node: 'v1.0.0', arch: process.arch, path: '/nowhere/node' }) + '\n');
    const line = 'Up to 12 ships left Seoul on Monday.';
    const run = spawnSync(join(copy, 'bin', 'factx'), ['--format', 'jsonl', '--ref-date', '2025-02-20'], { input: line, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(runFactx(['--format', 'jsonl', '--ref-date', '2025-02-20'], { input: line }).stdout);
  });

  it('reject a --jobs that is not a whole number with a usage error', () => {
    expect(runFactx(['--jobs', '0']).status).toBe(2);
    expect(runFactx(['--jobs', 'two']).status).toBe(2);
  });
});

describe('the pipeline', () => {
  async function* items(): AsyncGenerator<InputItem> {
    yield { document: { id: 'a', text: 'Up to 5 ships sank.' } };
    yield { id: 'b', error: 'unreadable' };
    yield { document: { id: 'c', text: 'About 9 crew survived.' } };
  }

  it('passes reader errors through in place and extracts the rest in order', async () => {
    const results: OutputRecord[] = [];
    await runPipeline(items(), { jobs: 1, timeBudget: 10_000, extract: { kinds: ['quantity'] } }, (r) => void results.push(r));
    expect(results.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(results[1]).toEqual({ id: 'b', error: 'unreadable' });
    expect('facts' in results[2] && results[2].facts[0]).toMatchObject({ value: 9, qualifier: '~' });
  });

  it('gives a document over its time budget an error record', async () => {
    const results: OutputRecord[] = [];
    async function* one(): AsyncGenerator<InputItem> {
      yield { document: { id: 'slow', text: 'About 5 ships. '.repeat(200) } };
    }
    await runPipeline(one(), { jobs: 1, timeBudget: 0, extract: {} }, (r) => void results.push(r));
    expect(results).toEqual([{ id: 'slow', error: expect.stringContaining('time budget') }]);
  });

  it('hands the pool no more documents than it has workers, so a time budget counts a run, not a wait', async () => {
    const inSlots = slots(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const task = (n: number) => async () => {
      started.push(n);
      most = Math.max(most, ++running);
      await new Promise((resolve) => setImmediate(resolve));
      running--;
      return n;
    };
    expect(await Promise.all(Array.from({ length: 9 }, (_, n) => inSlots(task(n))))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(most).toBe(2);
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    const one = slots(1);
    await expect(one(() => Promise.reject(new Error('failed')))).rejects.toThrow('failed');
    expect(await one(async () => 'a failed task frees its slot')).toBe('a failed task frees its slot');
  });

  it('extract honours the time budget on its own', () => {
    expect(() => extract('About 5 ships.', { timeBudget: 0 })).toThrow(/time budget/);
    expect(extract('About 5 ships.', { timeBudget: 60_000, kinds: ['quantity'] })).toHaveLength(1);
  });
});
