/** A worker thread of the batch pool: one document in, its record out. */
import { processDocument } from './process.js';
import type { DocumentResult, ExtractOptions, InputDocument } from './types.js';

export interface WorkerTask {
  document: InputDocument;
  options: ExtractOptions;
}

export default function run(task: WorkerTask): DocumentResult {
  return processDocument(task.document, task.options);
}
