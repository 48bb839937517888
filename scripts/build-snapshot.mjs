#!/usr/bin/env node
// Builds the V8 startup snapshot that makes one-line runs fast: bundles dist/snapshot.js into
// one CommonJS file (what `node --build-snapshot` takes) and snapshots its heap, compromise's
// model included. The blob only fits the Node.js that made it, so its version is recorded;
// bin/factx and bin/factx.js fall back to plain loading where the blob is missing or made by another Node.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const bundle = `${dist}factx-snapshot.cjs`;
const blob = `${dist}factx.blob`;
const stamp = `${dist}factx.blob.json`;

rmSync(stamp, { force: true });
await build({
  entryPoints: [`${dist}snapshot.js`],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: bundle,
  logLevel: 'warning',
  // The bundle has no import.meta.url: modules read a global, set to the bundle's own place at
  // build time and to the installed dist/ at run time (src/snapshot.ts).
  define: { 'import.meta.url': 'globalThis.FACTX_MODULE_URL' },
  banner: { js: "globalThis.FACTX_MODULE_URL ??= require('node:url').pathToFileURL(__filename).href;" },
});
const made = spawnSync(process.execPath, ['--snapshot-blob', blob, '--build-snapshot', bundle], { encoding: 'utf8' });
if (made.status !== 0) {
  console.warn(`factx: no startup snapshot (factx still works, starting slower):\n${made.stderr}`);
  process.exit(0);
}
writeFileSync(stamp, JSON.stringify({ node: process.version, arch: process.arch, path: process.execPath }) + '\n');
