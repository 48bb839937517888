/**
 * The JSON Schema of factx's output records. The JSON file is the single source of truth,
 * shipped in the package (`factx/schema.json`) and printed by `factx --schema`.
 */
import { readFileSync } from 'node:fs';
import { packageFile } from '../paths.js';

/** Where the schema lies: `schema/` at the package root, beside `src/` and `dist/`. */
export function schemaUrl(): URL {
  return packageFile('schema/factx-output.schema.json');
}

/** The schema's text, as shipped. */
export function readSchema(): string {
  return readFileSync(schemaUrl(), 'utf8');
}
