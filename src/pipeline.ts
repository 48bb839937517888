/**
 * Runs documents through extraction, in-thread or over a pool of worker threads, and hands
 * the records back in input order as soon as each one and all before it are done. At most a
 * bounded number of documents is in flight, so memory stays flat however long the input is.
 * The pieces of a very large text (input/pieces.ts) run like documents; each is handed on as
 * a part of the text's one record, so the record is written as it grows, never held whole.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Piscina } from 'piscina';
import { errorMessage, overTimeBudget } from './errors.js';
import { PieceMerger, type DocumentItem, type InputItem, type PieceOutcome, type RecordPart } from './input/pieces.js';
import { distDir } from './paths.js';
import type { ItemOutcome, OutputRecord, ProcessOptions } from './process.js';
import type { WorkerTask } from './worker.js';

export interface PipelineOptions {
  /** Worker threads; 1 extracts in this thread. */
  jobs: number;
  extract: ProcessOptions;
  /** Milliseconds one document may take before it gets an error record instead. */
  timeBudget: number;
}

type Emit = (result: OutputRecord | RecordPart) => void | Promise<void>;
type Run = (item: DocumentItem) => Promise<ItemOutcome>;

/**
 * Heap limit of each worker. Left alone, V8 lets each heap grow to a few hundred MB before
 * collecting in earnest, so a batch's memory grew with the number of workers; live data is
 * about 20 MB (compromise's model; the gazetteer lies outside the heap) plus one piece of at
 * most 256 KiB in work. Measured on 2 MB of JSON Lines, 2 workers: peak RSS 435 → 311 MB at the
 * same speed. Tighter limits cost more CPU than they save memory is worth: old space at 64 MB,
 * +45% CPU time for 5% less memory; the young generation at 12 MB, 315 → 240 MB on 8.8 MB of
 * articles but +18% CPU time (means of three alternated runs).
 */
const WORKER_HEAP_LIMITS = { maxOldGenerationSizeMb: 128 };

/** How many documents may wait or run per worker: enough that one long document does not leave the other workers idle. */
const IN_FLIGHT_PER_JOB = 16;

export async function runPipeline(items: AsyncIterable<InputItem>, options: PipelineOptions, emit: Emit): Promise<void> {
  const extract: ProcessOptions = { ...options.extract, timeBudget: options.timeBudget };
  const iterator = items[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return;
  const second = await iterator.next();
  const all = prepend(second.done ? [first.value] : [first.value, second.value], iterator);
  if (second.done || options.jobs <= 1) {
    // One document (a one-liner) or one job: no pool to start. Only this path loads the
    // extractors into this thread; with a pool, the main thread just reads and writes.
    const { processItem } = await import('./process.js');
    await runOrdered(all, (item) => processItem(item, extract), 1, emit);
    return;
  }
  // Loaded only when a pool is needed, and at run time from node_modules, never bundled into
  // the startup snapshot: loaded while the snapshot is built, it leaves Node's worker machinery
  // broken in a snapshot-started process, and bundled it looks for its own worker script
  // beside the bundle.
  const { Piscina } = createRequire(import.meta.url)('piscina') as typeof import('piscina');
  const pool = new Piscina<WorkerTask, ItemOutcome>({
    filename: join(distDir(), 'worker.js'),
    minThreads: options.jobs,
    maxThreads: options.jobs,
    idleTimeout: 1000,
    resourceLimits: WORKER_HEAP_LIMITS,
  });
  const inPool = slots(options.jobs);
  try {
    await runOrdered(all, (item) => inPool(() => runWithBudget(pool, { item, options: extract }, options.timeBudget)), options.jobs * IN_FLIGHT_PER_JOB, emit);
  } finally {
    await pool.destroy();
  }
}

async function* prepend<T>(head: T[], rest: AsyncIterator<T>): AsyncGenerator<T> {
  yield* head;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

/** Start up to `limit` items at once; emit their records in input order, a large text's as the parts its pieces give. */
async function runOrdered(items: AsyncIterable<InputItem>, run: Run, limit: number, emit: Emit): Promise<void> {
  const merger = new PieceMerger();
  const pending: { item: InputItem; outcome?: Promise<ItemOutcome> }[] = [];
  const settleFirst = async () => {
    const { item, outcome } = pending.shift()!;
    if (!item.piece) await emit('error' in item ? item : ((await outcome) as OutputRecord));
    else if ('error' in item) await emit(merger.add(item.id, item.piece, item));
    else await emit(merger.add(item.document.id, item.piece, (await outcome) as PieceOutcome));
  };
  for await (const item of items) {
    pending.push({ item, outcome: 'error' in item ? undefined : run(item) });
    while (pending.length >= limit) await settleFirst();
  }
  while (pending.length > 0) await settleFirst();
}

/**
 * Runs at most `size` tasks at once. The pool gets no more tasks than it has workers, so each
 * starts as soon as it is handed over and its time budget counts its run, not a wait in the
 * pool's queue behind long documents.
 */
export function slots(size: number): <T>(task: () => Promise<T>) => Promise<T> {
  let free = size;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (free > 0) free--;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else free++;
    }
  };
}

/** A document over its time budget has its worker stopped and gets an error record. */
async function runWithBudget(pool: Piscina<WorkerTask, ItemOutcome>, task: WorkerTask, budget: number): Promise<ItemOutcome> {
  const controller = new AbortController();
  // The cooperative check inside extraction fires first; this hard stop is for a document stuck in one step.
  const timer = setTimeout(() => controller.abort(), budget * 2);
  try {
    return await pool.run(task, { signal: controller.signal });
  } catch (error) {
    return { id: task.item.document.id, error: controller.signal.aborted ? overTimeBudget(budget) : errorMessage(error) };
  } finally {
    clearTimeout(timer);
  }
}
