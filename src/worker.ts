/** A worker thread of the batch pool: one document in, its record out. */
import { processDocument } from './process.js';
import type { ProcessOptions } from './process.js';
import type { DocumentResult, InputDocument } from './types.js';

export interface WorkerTask {
  document: InputDocument;
  options: ProcessOptions;
}

export default function run(task: WorkerTask): Promise<DocumentResult> {
  return processDocument(task.document, task.options);
}
