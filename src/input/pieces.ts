/**
 * Very large texts, extracted piece by piece: the text is cut at paragraph boundaries (blank
 * lines) into pieces of at most `PIECE_SIZE` characters, each piece is extracted on its own,
 * and the facts of all pieces are merged into one record whose offsets, sentence indexes and
 * ids are those of the whole text.
 *
 * The reader (`readInput`) yields the pieces of a large text as documents carrying a `piece`
 * ({ offset, index, last }); `processItem` (process.ts) turns one into a `PieceOutcome` (safe to
 * run in a worker: plain data in, plain data out); a `PieceMerger` fed the pieces in input
 * order gives back each one's facts as a `RecordPart` of the text's one record, ready to write.
 */
import { ID_PREFIX, type Fact, type FactKind, type InputDocument } from '../types.js';

/**
 * Texts longer than this (in UTF-16 code units, i.e. JavaScript string length) are split:
 * pieces of this size keep one piece's parse to tens of megabytes.
 */
export const PIECE_SIZE = 256 * 1024;

/** Where a piece sits in its text. A document without a `piece` is a whole text. */
export interface Piece {
  /** Offset of the piece's first character in the whole text. */
  offset: number;
  /** 0 for the first piece of a text, then 1, 2 … */
  index: number;
  /** True on the text's final piece. */
  last: boolean;
}

/** A document to extract, possibly one piece of a larger text (see `Piece`). */
export interface DocumentItem {
  document: InputDocument;
  piece?: Piece;
  /** Something worth telling the user about this input (e.g. invalid UTF-8 was replaced). */
  warning?: string;
}

/**
 * An input that could not be read, with the reason. When reading fails part-way through a
 * text already cut into pieces, `piece` marks it as that text's last piece.
 */
export interface ErrorItem {
  id: string;
  error: string;
  piece?: Piece;
}

/** A document (or a piece of a large one) to process, or an input that could not be read. */
export type InputItem = DocumentItem | ErrorItem;

/** The result of extracting one document or piece: facts relative to it, and its sentence count. */
export type PieceOutcome = { facts: Fact[]; sentences: number } | { error: string };

/** A blank line: a line break, spaces or tabs (or `\r`), and another line break. */
function lastBlankLineEnd(text: string, from: number, to: number): number {
  let next = -1; // index of the nearest `\n` after the current position, while only blanks lie between
  for (let i = to - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      if (next !== -1) return next + 1;
      next = i;
    } else if (c !== 0x20 && c !== 0x09 && c !== 0x0d) next = -1;
  }
  return -1;
}

function lastIndexOfAny(text: string, from: number, to: number, test: (code: number) => boolean): number {
  for (let i = to - 1; i >= from; i--) if (test(text.charCodeAt(i))) return i + 1;
  return -1;
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/**
 * Where to cut `text` so that the first part has at most `size` characters: after the last
 * blank line in reach, else after the last line break, else after the last space, else at
 * `size` (moved back one if that would split a surrogate pair).
 */
export function cutPoint(text: string, size: number): number {
  if (text.length <= size) return text.length;
  const floor = Math.floor(size / 2); // never cut so early that pieces become tiny
  for (const found of [
    lastBlankLineEnd(text, floor, size),
    lastIndexOfAny(text, floor, size, (c) => c === 0x0a),
    lastIndexOfAny(text, floor, size, isSpace),
  ]) {
    if (found > 0) return found;
  }
  const code = text.charCodeAt(size - 1);
  return code >= 0xd800 && code <= 0xdbff ? size - 1 : size;
}

/**
 * Cut a text arriving in chunks into pieces. `push` returns the pieces that are complete;
 * `end` returns the rest. A text never longer than `size` comes out as one document without
 * a `piece`; a longer one as pieces whose offsets count from the start of the text.
 */
export class PieceCutter {
  private buffer = '';
  private offset = 0;
  private index = 0;

  constructor(
    private readonly document: Omit<InputDocument, 'text'>,
    private readonly size = PIECE_SIZE,
  ) {}

  push(text: string): DocumentItem[] {
    this.buffer += text;
    const pieces: DocumentItem[] = [];
    // Cut only while more text than a piece is buffered, so the last piece is never empty.
    while (this.buffer.length > this.size) {
      const cut = cutPoint(this.buffer, this.size);
      pieces.push(this.piece(this.buffer.slice(0, cut), false));
      this.buffer = this.buffer.slice(cut);
    }
    return pieces;
  }

  end(): DocumentItem[] {
    const text = this.buffer;
    this.buffer = '';
    if (this.index === 0) return [{ document: { ...this.document, text } }];
    return [this.piece(text, true)];
  }

  /** Where a text that fails part-way ends: its last piece, if any piece went out yet. */
  abort(): Piece | undefined {
    this.buffer = '';
    return this.index === 0 ? undefined : { offset: this.offset, index: this.index, last: true };
  }

  private piece(text: string, last: boolean): DocumentItem {
    const item: DocumentItem = { document: { ...this.document, text }, piece: { offset: this.offset, index: this.index, last } };
    this.offset += text.length;
    this.index++;
    return item;
  }
}

/** A whole string's pieces (one document when it is short). */
export function piecesOf(document: InputDocument, size = PIECE_SIZE): DocumentItem[] {
  const { text, ...rest } = document;
  const cutter = new PieceCutter(rest, size);
  return [...cutter.push(text), ...cutter.end()];
}

/** The facts of a piece moved into the whole text: offsets, sentence indexes and ids renumbered, claim links with them. */
function shiftFacts(facts: readonly Fact[], offset: number, sentenceBase: number, counters: Record<FactKind, number>): Fact[] {
  const shift = <S extends { start: number; end: number }>(span: S): S => ({ ...span, start: span.start + offset, end: span.end + offset });
  const newIds = new Map<string, string>();
  const moved = facts.map((fact) => {
    const id = `${ID_PREFIX[fact.kind]}${++counters[fact.kind]}`;
    newIds.set(fact.id, id);
    const copy = { ...shift(fact), id, sentence: fact.sentence + sentenceBase } as Fact;
    if (copy.kind === 'attribution') {
      if (copy.source) copy.source = shift(copy.source);
      if (copy.cue) copy.cue = shift(copy.cue);
      if (copy.content) copy.content = shift(copy.content);
    }
    return copy;
  });
  const renamed = (id: string) => newIds.get(id) ?? id;
  for (const fact of moved) {
    if (fact.kind !== 'quantity') continue;
    if (fact.claimedBy) fact.claimedBy = renamed(fact.claimedBy);
    if (fact.when) fact.when = fact.when.map(renamed);
    if (fact.where) fact.where = fact.where.map(renamed);
  }
  return moved;
}

/**
 * One piece's share of its text's record, in input order: the first part opens the record, the
 * last closes it. A piece that failed adds no facts; the last part carries the first such
 * failure, and the record keeps the facts of the other pieces.
 */
export interface RecordPart {
  id: string;
  facts: Fact[];
  first: boolean;
  last: boolean;
  error?: string;
}

/**
 * Turns the outcomes of the pieces of large texts, fed in input order, into parts of one record
 * per text, so a formatter can write the record as its pieces finish instead of holding all its
 * facts (tens of times the text's size for a 50 MB file).
 */
export class PieceMerger {
  private sentences = 0;
  private counters = newCounters();
  private error?: string;

  /** The part the outcome of the text `id`'s piece `piece` gives (a read error that stopped the text part-way counts as its last piece's). */
  add(id: string, piece: Piece, outcome: PieceOutcome): RecordPart {
    if (piece.index === 0) {
      this.sentences = 0;
      this.counters = newCounters();
      this.error = undefined;
    }
    const part: RecordPart = { id, facts: [], first: piece.index === 0, last: piece.last };
    if ('error' in outcome) this.error ??= `${outcome.error} (in the piece at offset ${piece.offset})`;
    else {
      part.facts = shiftFacts(outcome.facts, piece.offset, this.sentences, this.counters);
      this.sentences += outcome.sentences;
    }
    if (piece.last && this.error !== undefined) part.error = this.error;
    return part;
  }
}

const newCounters = (): Record<FactKind, number> => ({ quantity: 0, date: 0, location: 0, attribution: 0 });
