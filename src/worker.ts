/** A worker thread of the batch pool: one document (or piece of one) in, its outcome out. */
import type { DocumentItem } from './input/pieces.js';
import { processItem, type ItemOutcome, type ProcessOptions } from './process.js';

export interface WorkerTask {
  item: DocumentItem;
  options: ProcessOptions;
}

export default function run(task: WorkerTask): Promise<ItemOutcome> {
  return processItem(task.item, task.options);
}
