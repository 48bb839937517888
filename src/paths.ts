/**
 * Where factx's own files are. In the startup snapshot (a CommonJS bundle) `import.meta.url`
 * is not available, so the bundle maps it to a global the snapshot's entry sets at start to
 * `dist/cli.js`; every path here is therefore taken from a module that sits directly in dist/.
 */
import { fileURLToPath } from 'node:url';

/** The dist/ folder holding the compiled modules (worker.js, …). */
export function distDir(): string {
  return fileURLToPath(new URL('.', import.meta.url));
}

/** A file of the installed package, by its path from the package root (`schema/…`, `package.json`). */
export function packageFile(path: string): URL {
  return new URL(`../${path}`, import.meta.url);
}
