/**
 * Entry of the V8 startup snapshot (`npm run build` bundles this file and runs
 * `node --build-snapshot` on it). Building parses a sentence once, so compromise's model is
 * already in the heap when a snapshot-started factx begins, and sets up the extraction modules
 * (about 10 ms of a one-line run). It runs no extractor: regular expressions that V8 has
 * compiled to native code cannot be serialised (the build aborts).
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startupSnapshot } from 'node:v8';
import { main } from './cli.js';
import { parseDocument } from './document.js';

const WARM_UP = 'On Monday, about 1,000 to 3,000 troops reached Kursk in early February 2025, officials in Seoul said. “It is over,” he said.';

declare global {
  var FACTX_MODULE_URL: string | undefined;
}

parseDocument(WARM_UP);
// The extraction modules' own set-up (word lists, rule tables) is done here too; it runs nothing.
void import('./process.js');

startupSnapshot.setDeserializeMainFunction(async () => {
  // The bundle has no import.meta.url; it reads this instead (see the build's define).
  globalThis.FACTX_MODULE_URL = pathToFileURL(join(process.env.FACTX_DIST ?? '', 'cli.js')).href;
  // Started as `node --snapshot-blob BLOB -- ARGS`: argv holds node, then ARGS.
  const argv = process.argv.slice(1);
  process.exitCode = await main(argv);
});
