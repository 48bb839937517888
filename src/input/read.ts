/**
 * Input reading, apart from extraction and formatting: turns command-line inputs (files,
 * folders, glob patterns, `-` for stdin) into a stream of documents or error records, one
 * outcome per input (per record for JSON Lines), never throwing. See the README's
 * "Hostile input" section for what happens to odd files.
 */
import { createReadStream } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import type { Readable } from 'node:stream';
import { errorMessage } from '../errors.js';
import type { InputDocument } from '../types.js';
import { BINARY_FILE, INVALID_UTF8, StreamDecoder } from './decode.js';
import { PIECE_SIZE, PieceCutter, piecesOf, type DocumentItem, type ErrorItem, type InputItem } from './pieces.js';

export type InputMode = 'auto' | 'text' | 'jsonl' | 'html';

export type { DocumentItem, ErrorItem, InputItem, Piece } from './pieces.js';

export interface ReadOptions {
  /** Where `-` reads from (process.stdin by default). */
  stdin?: Readable;
  /** Texts longer than this are cut into pieces (see pieces.ts). */
  pieceSize?: number;
  /** Told about things worth a message that are not failures (invalid UTF-8, a folder seen twice). */
  warn?: (id: string, message: string) => void;
}

export const STDIN = '-';

/** Every document of every input, in order: the whole pipeline's reading side. */
export async function* readInputs(inputs: readonly string[], mode: InputMode, options: ReadOptions = {}): AsyncGenerator<InputItem> {
  for await (const entry of expandInputs(inputs, options.warn)) {
    if ('error' in entry) yield entry;
    else yield* readInput(entry.path, mode, options);
  }
}

/**
 * Expand inputs to file paths (folders walked, globs expanded, both in sorted order) or `-`,
 * and error records for inputs that name nothing readable.
 */
export async function* expandInputs(inputs: readonly string[], warn: ReadOptions['warn'] = () => {}): AsyncGenerator<{ path: string } | ErrorItem> {
  for (const input of inputs.length > 0 ? inputs : [STDIN]) {
    if (input === STDIN) {
      yield { path: STDIN };
      continue;
    }
    const info = await stat(input).catch((error: NodeJS.ErrnoException) => error);
    if (!(info instanceof Error)) {
      if (info.isDirectory()) yield* walkFolder(input, warn);
      else yield { path: input };
    } else if (info.code === 'ENOENT' && (await globber()).isDynamicPattern(input)) {
      const { glob } = await globber();
      const matches = await glob(input, { onlyFiles: true, expandDirectories: false, absolute: isAbsolute(input) });
      if (matches.length === 0) yield { id: input, error: 'no file matches this pattern' };
      // Through a symbolic link loop a pattern like `**` can reach one file by two paths; read it once.
      const seen = new Set<string>();
      for (const path of matches.sort()) {
        const real = await realpath(path).catch(() => path);
        if (!seen.has(real)) yield { path };
        seen.add(real);
      }
    } else {
      yield { id: input, error: await statError(input, info, 'no such file, folder or matching pattern') };
    }
  }
}

/** The glob library, loaded only when a pattern is given (it costs start-up time, and cannot be in the startup snapshot). */
const globber = () => import('tinyglobby');

/** Why `stat` failed, telling a dangling symbolic link apart from a missing file. */
async function statError(path: string, error: NodeJS.ErrnoException, missing: string): Promise<string> {
  if (error.code !== 'ENOENT') return readError(error);
  const link = await lstat(path).catch(() => undefined);
  return link?.isSymbolicLink() ? 'dangling symbolic link (its target does not exist)' : missing;
}

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

type WalkEntry = { path: string; folder: boolean } | ErrorItem;

/**
 * Every regular file under a folder, depth first in name order. Symbolic links are followed;
 * each real folder (device and inode) is read once, so link loops end; an explicit stack keeps
 * deep trees off the call stack. Sockets, FIFOs and devices inside folders are skipped with a
 * warning; links that lead nowhere become error records in their place.
 */
async function* walkFolder(root: string, warn: NonNullable<ReadOptions['warn']>): AsyncGenerator<{ path: string } | ErrorItem> {
  const seen = new Set<string>();
  const stack: WalkEntry[] = [{ path: root, folder: true }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    if ('error' in next || !next.folder) {
      yield 'error' in next ? next : { path: next.path };
      continue;
    }
    const { path } = next;
    try {
      const { dev, ino } = await stat(path, { bigint: true });
      if (seen.has(`${dev}:${ino}`)) {
        warn(path, 'folder already read (a symbolic link loop or a second link to it), skipped');
        continue;
      }
      seen.add(`${dev}:${ino}`);
      const entries = (await readdir(path, { withFileTypes: true })).sort(byName);
      const children: WalkEntry[] = [];
      for (const entry of entries) {
        const child = join(path, entry.name);
        if (entry.isDirectory()) children.push({ path: child, folder: true });
        else if (entry.isFile()) children.push({ path: child, folder: false });
        else if (entry.isSymbolicLink()) {
          const target = await stat(child).catch((error: NodeJS.ErrnoException) => error);
          if (target instanceof Error) children.push({ id: child, error: await statError(child, target, 'no such file') });
          else if (target.isDirectory() || target.isFile()) children.push({ path: child, folder: target.isDirectory() });
          else warn(child, 'not a regular file, skipped');
        } else warn(child, 'not a regular file, skipped');
      }
      stack.push(...children.reverse());
    } catch (error) {
      yield { id: path, error: readError(error) };
    }
  }
}

/** `auto` reads `.jsonl` files as records, `.html` and `.htm` files as web pages, anything else as text. */
export function modeFor(path: string, mode: InputMode): Exclude<InputMode, 'auto'> {
  if (mode !== 'auto') return mode;
  if (/\.html?$/i.test(path)) return 'html';
  return /\.jsonl$/i.test(path) ? 'jsonl' : 'text';
}

/** Every document of one input path, in order; exactly one error record if it cannot be read. */
export async function* readInput(path: string, mode: InputMode, options: ReadOptions = {}): AsyncGenerator<InputItem> {
  const id = path === STDIN ? 'stdin' : path;
  const decoder = new StreamDecoder();
  const fileMode = modeFor(path, mode);
  // A web page is read whole: Readability needs the page, and the article it finds is far smaller.
  const cutter = new PieceCutter({ id, ...(fileMode === 'html' ? { format: 'html' as const } : {}) }, fileMode === 'html' ? Infinity : (options.pieceSize ?? PIECE_SIZE));
  const jsonl = fileMode === 'jsonl';
  const records = new RecordReader(id, options.pieceSize);
  try {
    const stream = path === STDIN ? (options.stdin ?? process.stdin) : createReadStream(path);
    for await (const chunk of stream) {
      const text = decoder.write(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
      if (decoder.binary) break;
      yield* jsonl ? records.push(text) : cutter.push(text);
    }
    const rest = decoder.end();
    if (decoder.binary) {
      yield { id, error: BINARY_FILE };
      return;
    }
    if (jsonl) {
      yield* records.push(rest);
      yield* records.end();
      if (records.count === 0) options.warn?.(id, 'no records');
    } else {
      yield* cutter.push(rest);
      yield* cutter.end();
    }
  } catch (error) {
    const piece = cutter.abort();
    yield { id, error: readError(error), ...(piece ? { piece } : {}) };
  }
  if (decoder.invalid) options.warn?.(id, INVALID_UTF8);
}

/** JSON Lines, arriving as decoded text in chunks: one item per non-blank line. */
class RecordReader {
  private buffer = '';
  private lineNumber = 0;
  /** Records read (valid or not). */
  count = 0;

  constructor(
    private readonly id: string,
    private readonly pieceSize = PIECE_SIZE,
  ) {}

  push(text: string): InputItem[] {
    const items: InputItem[] = [];
    let from = this.buffer.length;
    this.buffer += text;
    let start = 0;
    for (let end = this.buffer.indexOf('\n', from); end !== -1; end = this.buffer.indexOf('\n', from)) {
      items.push(...this.line(this.buffer.slice(start, end)));
      start = from = end + 1;
    }
    this.buffer = this.buffer.slice(start);
    return items;
  }

  end(): InputItem[] {
    const last = this.buffer;
    this.buffer = '';
    return last === '' ? [] : this.line(last);
  }

  private line(line: string): InputItem[] {
    this.lineNumber++;
    if (line.trim() === '') return [];
    this.count++;
    const item = parseRecord(line.endsWith('\r') ? line.slice(0, -1) : line, `${this.id}:${this.lineNumber}`);
    return 'error' in item ? [item] : piecesOf(item.document, this.pieceSize);
  }
}

/** One JSON Lines record, checked: `{"id": string, "text": string, "date"?: "YYYY-MM-DD"}`. */
export function parseRecord(line: string, where: string): DocumentItem | ErrorItem {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return { id: where, error: `${where}: not valid JSON` };
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return { id: where, error: `${where}: a record must be a JSON object` };
  const { id, text, date } = record as Record<string, unknown>;
  const recordId = typeof id === 'string' || typeof id === 'number' ? String(id) : where;
  if (text === undefined) return { id: recordId, error: `${where}: the record has no "text"` };
  if (typeof text !== 'string') return { id: recordId, error: `${where}: "text" must be a string` };
  if (date !== undefined && (typeof date !== 'string' || !isIsoDate(date))) return { id: recordId, error: `${where}: "date" must be YYYY-MM-DD` };
  const document: InputDocument = { id: recordId, text, ...(date ? { date: date as string } : {}) };
  return { document };
}

/** A real calendar date written as `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file (it may have been removed)',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a folder',
  ELOOP: 'symbolic link loop',
  ENAMETOOLONG: 'path too long',
};

function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code && READ_ERRORS[code]) return READ_ERRORS[code];
  return errorMessage(error);
}
