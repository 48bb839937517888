/**
 * Where factx's own files are. In the startup snapshot (a CommonJS bundle) `import.meta.url`
 * is not available, so the bundle maps it to a global the snapshot's entry sets at start.
 */
import { fileURLToPath } from 'node:url';

/** The dist/ folder holding the compiled modules (worker.js, …). */
export function distDir(): string {
  return fileURLToPath(new URL('.', import.meta.url));
}
