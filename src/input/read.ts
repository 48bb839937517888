/**
 * Input reading, apart from extraction and formatting: turns command-line inputs (files,
 * folders, glob patterns, `-` for stdin) into a stream of documents or error records.
 */
import { createReadStream } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { InputDocument } from '../types.js';

export type InputMode = 'auto' | 'text' | 'jsonl' | 'html';

/** A document to process, or an input that could not be read (with the reason). */
export type InputItem = { document: InputDocument } | { id: string; error: string };

export const STDIN = '-';

/** Expand inputs to a list of file paths (folders recursed, globs expanded, in sorted order) or `-`. */
export async function expandInputs(inputs: readonly string[]): Promise<{ paths: string[]; missing: string[] }> {
  const paths: string[] = [];
  const missing: string[] = [];
  for (const input of inputs.length > 0 ? inputs : [STDIN]) {
    if (input === STDIN) {
      paths.push(STDIN);
      continue;
    }
    const info = await stat(input).catch(() => undefined);
    const before = paths.length;
    if (info?.isDirectory()) paths.push(...(await listFolder(input)));
    else if (info) paths.push(input);
    else paths.push(...(await expandPattern(input)));
    if (!info && paths.length === before) missing.push(input);
  }
  return { paths, missing };
}

/** Files matching a glob pattern, sorted; none for a plain path. Loaded only when needed (start-up). */
async function expandPattern(pattern: string): Promise<string[]> {
  const { glob, isDynamicPattern } = await import('tinyglobby');
  if (!isDynamicPattern(pattern)) return [];
  return (await glob(pattern, { onlyFiles: true, expandDirectories: false, absolute: isAbsolute(pattern) })).sort();
}

async function listFolder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const names = entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of names) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await listFolder(path)));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

/** `auto` reads `.jsonl` files as records, `.html` and `.htm` files as web pages, anything else as text. */
export function modeFor(path: string, mode: InputMode): Exclude<InputMode, 'auto'> {
  if (mode !== 'auto') return mode;
  if (/\.html?$/i.test(path)) return 'html';
  return /\.jsonl$/i.test(path) ? 'jsonl' : 'text';
}

/** Every document of one input path, in order. */
export async function* readInput(path: string, mode: InputMode, stdin: Readable = process.stdin): AsyncGenerator<InputItem> {
  const id = path === STDIN ? 'stdin' : path;
  const fileMode = modeFor(path, mode);
  if (fileMode === 'jsonl') {
    const stream = path === STDIN ? stdin : createReadStream(path, { encoding: 'utf8' });
    try {
      yield* readRecords(id, stream);
    } catch (error) {
      yield { id, error: readError(error) };
    }
    return;
  }
  try {
    const text = path === STDIN ? await readAll(stdin) : await readFile(path, 'utf8');
    yield { document: { id, text, ...(fileMode === 'html' ? { format: 'html' as const } : {}) } };
  } catch (error) {
    yield { id, error: readError(error) };
  }
}

async function* readRecords(id: string, stream: Readable): AsyncGenerator<InputItem> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    yield parseRecord(line, `${id}:${lineNumber}`);
  }
}

/** One JSON Lines record, checked: `{"id": string, "text": string, "date"?: "YYYY-MM-DD"}`. */
export function parseRecord(line: string, where: string): InputItem {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return { id: where, error: `${where}: not valid JSON` };
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return { id: where, error: `${where}: a record must be a JSON object` };
  const { id, text, date } = record as Record<string, unknown>;
  const recordId = typeof id === 'string' || typeof id === 'number' ? String(id) : where;
  if (typeof text !== 'string') return { id: recordId, error: `${where}: "text" must be a string` };
  if (date !== undefined && (typeof date !== 'string' || !isIsoDate(date))) return { id: recordId, error: `${where}: "date" must be YYYY-MM-DD` };
  return { document: { id: recordId, text, ...(date ? { date: date as string } : {}) } };
}

/** A real calendar date written as `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return error instanceof Error ? error.message : String(error);
}
