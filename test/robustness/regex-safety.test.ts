/**
 * Every regular expression factx runs is linear, or only ever sees short strings.
 *
 * The test watches `RegExp.prototype.exec` (which `test`, `match`, `matchAll`, `replace`,
 * `split` and `search` all go through once it is replaced) while factx extracts a real article
 * and a long adversarial text, keeps the expressions called from factx's own source (not from
 * compromise), and has recheck (a ReDoS analyser) judge each one. Exponential backtracking
 * fails always; polynomial backtracking (or a verdict recheck cannot reach in time) fails unless
 * the expression only ever saw strings of at most BOUNDED characters (a look-behind window, a
 * token, a path).
 */
import { checkSync } from 'recheck';
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import { csvFormatter } from '../../src/format/csv.js';
import { printable } from '../../src/format/printable.js';
import { modeFor, parseRecord } from '../../src/input/read.js';
import { SEED_TEXT } from '../helpers.js';

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

describe('regular expressions in factx', () => {
  it('are linear, or see only bounded strings', () => {
    watchWhileRunning();
    // Factx's own expressions; compromise's and vitest's have no `where`.
    const ours = [...bySource.values()].filter((entry) => entry.where);
    expect(ours.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const entry of ours) {
      const verdict = checkSync(entry.source, entry.flags, { timeout: 10_000 });
      if (verdict.status === 'safe') continue;
      // Polynomial backtracking on short strings is harmless; so is an expression recheck could not
      // settle in time (`unknown`, typically a huge alternation of words) when its inputs are short.
      const polynomial = verdict.status === 'vulnerable' && verdict.complexity.type === 'polynomial';
      const bounded = (polynomial || verdict.status === 'unknown') && entry.longest <= BOUNDED;
      if (!bounded) {
        const how = verdict.status === 'vulnerable' ? `${verdict.complexity.type}, attack ${JSON.stringify(verdict.attack.pattern)}` : verdict.status;
        problems.push(`/${entry.source}/${entry.flags} (${how}; longest input ${entry.longest}) ${entry.where}`);
      }
    }
    expect(problems).toEqual([]);
  }, 120_000);
});
