/** factx as a library: `extract(text, options)` and the fact types. */
export { extract } from './extract.js';
export { processDocument } from './process.js';
export * from './types.js';
export * from './claims/index.js';
