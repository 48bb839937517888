#!/usr/bin/env node
// Starts factx from the V8 startup snapshot where the build made one for this Node.js:
// compromise's model is then already in memory, which takes a one-line run from about half a
// second to a tenth. Elsewhere (another Node.js, FACTX_NO_SNAPSHOT set) it loads normally.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

function snapshotFits() {
  if (process.env.FACTX_NO_SNAPSHOT) return false;
  try {
    const stamp = JSON.parse(readFileSync(`${dist}factx.blob.json`, 'utf8'));
    return stamp.node === process.version && stamp.arch === process.arch;
  } catch {
    return false;
  }
}

if (snapshotFits()) {
  // `--` ends node's own options, so every argument reaches factx as given.
  const args = ['--snapshot-blob', `${dist}factx.blob`, '--', ...process.argv.slice(2)];
  const child = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, FACTX_DIST: dist } });
  if (child.signal) process.kill(process.pid, child.signal);
  process.exitCode = child.status ?? 1;
} else {
  const { main } = await import('../dist/cli.js');
  process.exitCode = await main();
}
