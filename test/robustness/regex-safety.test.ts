/**
 * Every regular expression factx runs is linear, or only ever sees short strings.
 *
 * The test watches `RegExp.prototype.exec` (which `test`, `match`, `matchAll`, `replace`,
 * `split` and `search` all go through once it is replaced) while factx extracts a real article
 * and a long adversarial text, and keeps the expressions called from factx's own source (not
 * from compromise). Those that only ever saw short strings (at most BOUNDED characters: a
 * look-behind window, a token, a path) pass; recheck (a ReDoS analyser) judges the others, and
 * a `vulnerable` verdict is confirmed on V8 with recheck's attack string.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSync } from 'recheck';
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import { csvFormatter } from '../../src/format/csv.js';
import { printable } from '../../src/format/printable.js';
import { modeFor, parseRecord } from '../../src/input/read.js';
import { SEED_TEXT } from '../helpers.js';

/** Expressions that only ever see strings this short (windows, tokens, paths) cannot hang. */
const BOUNDED = 256;

interface Seen {
  source: string;
  flags: string;
  where: string;
  longest: number;
}

const seen = new WeakMap<RegExp, Seen>();
/** By source and flags too: some expressions are built anew on every call. */
const bySource = new Map<string, Seen>();
const originalExec = RegExp.prototype.exec;
/** Set while the watcher itself runs (it uses expressions too). */
let watching = false;

/** The first stack frame in factx's own source, if the call came from there. */
function callerInSource(): string | undefined {
  const frames = (new Error().stack ?? '').split('\n').slice(1);
  const frame = frames.find((line) => !line.includes('regex-safety.test') && /\((?:file:\/\/)?\/|at \//.test(line));
  return frame && /\/src\//.test(frame) && !/node_modules/.test(frame) ? frame.trim() : undefined;
}

/** Run factx's code paths with the watcher on: extraction of an article and of adversarial text, formatting, reading. */
function watchWhileRunning(): void {
  RegExp.prototype.exec = function exec(this: RegExp, input: string) {
    if (watching) return originalExec.call(this, input);
    watching = true;
    let entry = seen.get(this);
    if (!entry) {
      const key = `/${this.source}/${this.flags}`;
      entry = bySource.get(key) ?? { source: this.source, flags: this.flags, where: callerInSource() ?? '', longest: 0 };
      bySource.set(key, entry);
      seen.set(this, entry);
    }
    entry.longest = Math.max(entry.longest, String(input).length);
    watching = false;
    return originalExec.call(this, input);
  };
  const adversarial = [
    SEED_TEXT,
    ' '.repeat(3000),
    '1 '.repeat(1500),
    '“'.repeat(500) + 'a '.repeat(1000),
    'early - - - '.repeat(200),
    'between 1 and '.repeat(200),
    "Russia's ".repeat(200),
    'the first week of March, '.repeat(100),
    '-'.repeat(2000) + '2014',
  ].join('\n\n');
  extract(adversarial, { refDate: '2025-02-20' });
  const csv = csvFormatter();
  csv.write({ id: '=x', facts: extract(SEED_TEXT) });
  printable(`${'\u001b['.repeat(1000)}x`);
  parseRecord(JSON.stringify({ id: 'a', text: 'b', date: '2024-02-29' }), 'f:1');
  modeFor('a/b.jsonl', 'auto');
  RegExp.prototype.exec = originalExec;
}

afterAll(() => {
  RegExp.prototype.exec = originalExec;
});

/** recheck takes seconds per expression; verdicts are kept in node_modules/.cache between runs. */
const CACHE = fileURLToPath(new URL('../../node_modules/.cache/factx-recheck.json', import.meta.url));

type Verdict = { status: 'safe' } | { status: 'vulnerable'; complexity: string; attack: string } | { status: 'unknown' };

function verdictOf(entry: Seen, cache: Record<string, Verdict>): Verdict {
  const key = `/${entry.source}/${entry.flags}`;
  if (cache[key]) return cache[key];
  const diagnostics = checkSync(entry.source, entry.flags, { timeout: null });
  const verdict: Verdict =
    diagnostics.status === 'vulnerable'
      ? { status: 'vulnerable', complexity: diagnostics.complexity.type, attack: diagnostics.attack.string }
      : diagnostics.status === 'safe'
        ? { status: 'safe' }
        : { status: 'unknown' };
  if (verdict.status !== 'unknown') cache[key] = verdict;
  return verdict;
}

/**
 * recheck's fuzz checker can flag an expression V8 actually runs in linear time, so a
 * `vulnerable` verdict is confirmed on V8 with recheck's own attack string (tens of thousands of
 * characters): a backtracking expression needs seconds on it, a linear one a few milliseconds.
 */
function hurtsOnV8(source: string, flags: string, attack: string): boolean {
  const pattern = new RegExp(source, flags.replace('g', '').replace('y', ''));
  const started = performance.now();
  pattern.test(attack);
  return performance.now() - started > 1000;
}

describe('regular expressions in factx', () => {
  it('are linear, or see only bounded strings', () => {
    watchWhileRunning();
    // Factx's own expressions; compromise's and vitest's have no `where`.
    const ours = [...bySource.values()].filter((entry) => entry.where);
    expect(ours.length).toBeGreaterThan(10);
    const cache = (existsSync(CACHE) ? JSON.parse(readFileSync(CACHE, 'utf8')) : {}) as Record<string, Verdict>;
    const problems: string[] = [];
    for (const entry of ours) {
      if (entry.longest <= BOUNDED) continue; // even polynomial backtracking is harmless on short strings
      const verdict = verdictOf(entry, cache);
      if (verdict.status === 'safe') continue;
      if (verdict.status === 'vulnerable' && !hurtsOnV8(entry.source, entry.flags, verdict.attack)) continue;
      const how = verdict.status === 'vulnerable' ? `${verdict.complexity}, attack of length ${verdict.attack.length}` : 'recheck could not decide';
      problems.push(`/${entry.source}/${entry.flags} (${how}; longest input ${entry.longest}) ${entry.where}`);
    }
    mkdirSync(dirname(CACHE), { recursive: true });
    writeFileSync(CACHE, JSON.stringify(cache));
    expect(problems).toEqual([]);
  }, 900_000);
});
