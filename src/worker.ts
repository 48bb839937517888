/** A worker thread of the batch pool: one document in, its record out. */
import { processDocument, type OutputRecord, type ProcessOptions } from './process.js';
import type { InputDocument } from './types.js';

export interface WorkerTask {
  document: InputDocument;
  options: ProcessOptions;
}

export default function run(task: WorkerTask): Promise<OutputRecord> {
  return processDocument(task.document, task.options);
}
