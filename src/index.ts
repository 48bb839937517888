/** factx as a library: `extract(text, options)` and the fact types. */
export { extract } from './extract.js';
export { processDocument } from './process.js';
export * from './types.js';
export { readHtml, type HtmlArticle } from './input/html.js';
export { readSchema, SCHEMA_URL } from './schema/index.js';
export type { ProcessOptions } from './process.js';
