/**
 * Inputs kept in fuzz/regressions/ (findings of `npm run fuzz`, and hand-made hostile files)
 * replayed through the fuzz targets on every test run. The targets read the built library.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { TARGETS } from '../../fuzz/targets.mjs';

const FOLDER = new URL('../../fuzz/regressions/', import.meta.url);

describe('fuzz regressions', () => {
  it.each(readdirSync(FOLDER))('%s passes every fuzz target', async (name) => {
    const data = readFileSync(new URL(name, FOLDER));
    for (const target of Object.values(TARGETS)) await target(data);
  });
});
