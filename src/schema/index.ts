/**
 * The JSON Schema of factx's output records. The JSON file is the single source of truth,
 * shipped in the package (`factx/schema.json`) and printed by `factx --schema`.
 */
import { readFileSync } from 'node:fs';

/** Where the schema lies: `schema/` at the package root, beside `src/` and `dist/`. */
export const SCHEMA_URL = new URL('../../schema/factx-output.schema.json', import.meta.url);

/** The schema's text, as shipped. */
export function readSchema(): string {
  return readFileSync(SCHEMA_URL, 'utf8');
}
