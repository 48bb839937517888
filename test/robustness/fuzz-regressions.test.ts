/**
 * Inputs kept in fuzz/regressions/ (findings of `npm run fuzz`, and hand-made hostile files)
 * replayed through the fuzz targets on every test run. The targets read the built library.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TARGETS } from '../../fuzz/targets.mjs';

const FOLDER = new URL('../../fuzz/regressions/', import.meta.url);

describe('fuzz regressions', () => {
  it.each(readdirSync(FOLDER))('%s passes every fuzz target', async (name) => {
    const data = readFileSync(new URL(name, FOLDER));
    for (const target of Object.values(TARGETS)) await target(data);
  });
});

describe('the fuzzer itself', () => {
  it('starts from its seeds and runs a second on each target without a finding', () => {
    const run = spawnSync(process.execPath, [fileURLToPath(new URL('../../fuzz/run.mjs', import.meta.url)), '--time', '1', '--seed', '1'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/'extract'/);
  }, 60_000);
});
