/** factx as a library: `extract(text, options)`, `processDocument`, web pages, the schema and the fact types. */
export { extract } from './extract.js';
export { processDocument, type ProcessOptions } from './process.js';
export { readHtml, type HtmlArticle } from './input/html.js';
export { readSchema, schemaUrl } from './schema/index.js';
export * from './types.js';
export * from './claims/index.js';
