/**
 * Runs documents through extraction, in-thread or over a pool of worker threads, and hands
 * the records back in input order as soon as each one and all before it are done. At most a
 * bounded number of documents is in flight, so memory stays flat however long the input is.
 */
import { join } from 'node:path';
import { Piscina } from 'piscina';
import type { InputItem } from './input/read.js';
import { distDir } from './paths.js';
import type { OutputRecord, ProcessOptions } from './process.js';
import type { WorkerTask } from './worker.js';

export interface PipelineOptions {
  /** Worker threads; 1 extracts in this thread. */
  jobs: number;
  extract: ProcessOptions;
  /** Milliseconds one document may take before it gets an error record instead. */
  timeBudget: number;
}

/** How many documents may wait or run per worker: enough to keep workers busy, no more. */
const IN_FLIGHT_PER_JOB = 4;

export async function runPipeline(items: AsyncIterable<InputItem>, options: PipelineOptions, emit: (result: OutputRecord) => void | Promise<void>): Promise<void> {
  const extractOptions: ProcessOptions = { ...options.extract, timeBudget: options.timeBudget };
  const iterator = items[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return;
  const second = await iterator.next();
  if (second.done || options.jobs <= 1) {
    // One document (a one-liner) or one job: no pool to start. Only this path loads the
    // extractors into this thread; with a pool, the main thread just reads and writes.
    const { processDocument } = await import('./process.js');
    const runInThread = async (item: InputItem) => ('error' in item ? item : processDocument(item.document, extractOptions));
    await emit(await runInThread(first.value));
    if (!second.done) await emit(await runInThread(second.value));
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) await emit(await runInThread(next.value));
    return;
  }
  await runPooled(prepend([first.value, second.value], iterator), options, extractOptions, emit);
}

async function* prepend<T>(head: T[], rest: AsyncIterator<T>): AsyncGenerator<T> {
  yield* head;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

async function runPooled(items: AsyncIterable<InputItem>, options: PipelineOptions, extract: ProcessOptions, emit: (result: OutputRecord) => void | Promise<void>): Promise<void> {
  const pool = new Piscina<WorkerTask, OutputRecord>({
    filename: join(distDir(), 'worker.js'),
    minThreads: options.jobs,
    maxThreads: options.jobs,
    idleTimeout: 1000,
  });
  const limit = options.jobs * IN_FLIGHT_PER_JOB;
  const pending = new Map<number, Promise<OutputRecord>>();
  let submitted = 0;
  let emitted = 0;
  const emitNext = async () => {
    const result = await pending.get(emitted)!;
    pending.delete(emitted++);
    await emit(result);
  };
  try {
    for await (const item of items) {
      pending.set(submitted++, 'error' in item ? Promise.resolve(item) : runWithBudget(pool, item.document.id, { document: item.document, options: extract }, options.timeBudget));
      while (submitted - emitted >= limit) await emitNext();
    }
    while (emitted < submitted) await emitNext();
  } finally {
    await pool.destroy();
  }
}

/** A document over its time budget has its worker stopped and gets an error record. */
async function runWithBudget(pool: Piscina<WorkerTask, OutputRecord>, id: string, task: WorkerTask, budget: number): Promise<OutputRecord> {
  const controller = new AbortController();
  // The cooperative check inside extraction fires first; this hard stop is for a document stuck in one step.
  const timer = setTimeout(() => controller.abort(), budget * 2);
  try {
    return await pool.run(task, { signal: controller.signal });
  } catch (error) {
    const reason = controller.signal.aborted ? `took longer than the time budget (${budget} ms)` : error instanceof Error ? error.message : String(error);
    return { id, error: reason };
  } finally {
    clearTimeout(timer);
  }
}
