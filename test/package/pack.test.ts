/**
 * The packed tarball, as a user gets it: `npm pack`, a global install into a scratch prefix,
 * then the installed binary and the library from ESM and from TypeScript with its types.
 * Needs `npm run build` first (npm test does). The install is `--prefer-offline`: the package
 * tarballs come from the npm cache that `npm ci` filled; `npm ci` does not cache the registry's
 * metadata (packuments) though, which a tarball install needs to resolve version ranges, so on
 * a fresh machine those few small documents are fetched once (after that `--offline` works too).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const manifest = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string };
const scratch = mkdtempSync(join(tmpdir(), 'factx-pack-'));
const prefix = join(scratch, 'prefix');
const npm = (args: string[], cwd = scratch) => execFileSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'error' } });

let packed: { filename: string; files: { path: string }[] };

beforeAll(() => {
  [packed] = JSON.parse(npm(['pack', ROOT, '--ignore-scripts', '--pack-destination', scratch, '--json'])) as (typeof packed)[];
  npm(['install', '--global', '--prefix', prefix, join(scratch, packed.filename), '--prefer-offline', '--no-audit', '--no-fund']);
}, 120_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the npm package', () => {
  it('ships the built code, the binary, the schema and the README, and no sources or tests', () => {
    const paths = packed.files.map((file) => file.path);
    expect(paths).toEqual(expect.arrayContaining(['bin/factx', 'bin/factx.js', 'dist/index.js', 'dist/index.d.ts', 'dist/cli.js', 'schema/factx-output.schema.json', 'README.md', 'package.json']));
    expect(paths.filter((path) => /^(src|test|fixtures|node_modules)\//.test(path))).toEqual([]);
  });

  it('installs globally and runs: --version, an extraction, --schema', () => {
    const factx = join(prefix, 'bin', 'factx');
    expect(execFileSync(factx, ['--version'], { encoding: 'utf8' }).trim()).toBe(manifest.version);
    const run = spawnSync(factx, ['--kinds', 'quantity'], { input: 'About 300 soldiers crossed the river.', encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ id: 'stdin', facts: [{ kind: 'quantity', text: '300', value: 300, qualifier: '~' }] });
    expect(JSON.parse(execFileSync(factx, ['--schema'], { encoding: 'utf8' }))).toHaveProperty('$defs.documentRecord');
  });

  describe('as a dependency', () => {
    const project = join(scratch, 'consumer');
    beforeAll(() => {
      mkdirSync(join(project, 'node_modules'), { recursive: true });
      symlinkSync(join(prefix, 'lib', 'node_modules', 'factx'), join(project, 'node_modules', 'factx'), 'dir');
      writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    });

    it('imports from ESM, the schema included', () => {
      const script = `
        import { extract, processDocument } from 'factx';
        import schema from 'factx/schema.json' with { type: 'json' };
        const facts = extract('Up to 40 ships left Oslo in May 2024.', { kinds: ['quantity', 'date'] });
        console.log(JSON.stringify({ facts: facts.map((f) => f.text), record: await processDocument({ id: 'x', text: '' }), title: schema.title }));`;
      const run = spawnSync(process.execPath, ['--no-warnings', '--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(JSON.parse(run.stdout)).toEqual({ facts: ['40', 'May 2024'], record: { id: 'x', facts: [] }, title: 'factx output record' });
    });

    it('type-checks from TypeScript with its types (a wrong use is an error)', () => {
      writeFileSync(
        join(project, 'tsconfig.json'),
        JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, types: [] }, files: ['main.ts'] }),
      );
      writeFileSync(
        join(project, 'main.ts'),
        `import { extract, processDocument, type DocumentResult, type Fact, type QuantityFact } from 'factx';
const facts: Fact[] = extract('About 300 soldiers died.', { refDate: '2025-02-20', kinds: ['quantity'] });
const quantities = facts.filter((fact): fact is QuantityFact => fact.kind === 'quantity');
const record: DocumentResult = await processDocument({ id: 'a', text: 'x', format: 'html' }, { includeText: true });
// @ts-expect-error: not a fact kind
extract('x', { kinds: ['weather'] });
export const out = [quantities, record];
`,
      );
      const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project], { encoding: 'utf8' });
      expect(tsc.stdout + tsc.stderr).toBe('');
      expect(tsc.status).toBe(0);
    });
  });
});
