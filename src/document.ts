/**
 * One parse of the document, shared by every extractor: compromise's tags on plain token and
 * sentence records that carry exact character offsets into the original text.
 */
import { parse } from './nlp.js';
import type { Span } from './types.js';

export interface Token {
  /** Position in the document's token list. */
  index: number;
  /** Sentence index and position within it. */
  sentence: number;
  position: number;
  /** The token as written (`text.slice(start, end)`), without surrounding punctuation. */
  text: string;
  /** compromise's normal form: lower case, quotes and punctuation removed. */
  normal: string;
  start: number;
  end: number;
  /** Punctuation and white space before and after, as compromise split them off. */
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
}

export interface Sentence extends Span {
  index: number;
  tokens: Token[];
}

export interface ParsedDocument {
  text: string;
  sentences: Sentence[];
  tokens: Token[];
  /** Reference date for relative expressions (`YYYY-MM-DD`), where known. */
  refDate?: string;
}

interface CompromiseTerm {
  text: string;
  normal: string;
  pre: string;
  post: string;
  tags: Set<string>;
  offset: { start: number; length: number };
}

/**
 * Characters handed to compromise at once. Pieces are cut at a line break, else a sentence
 * end, else white space, so no sentence grows past this size: compromise and the
 * sentence-level rules slow down on giant sentences (a scraped table, text with no punctuation).
 */
const SEGMENT_SIZE = 8_000;

/** Parse once; every extractor reads the result. */
export function parseDocument(text: string, refDate?: string): ParsedDocument {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  for (const [from, to] of segmentBounds(text)) {
    const view = parse(text.slice(from, to));
    view.compute('offset');
    for (const sentenceTerms of view.document as unknown as CompromiseTerm[][]) {
      const sentenceIndex = sentences.length;
      const sentenceTokens = sentenceTerms.map((term, position): Token => {
        const start = from + term.offset.start;
        const end = start + term.offset.length;
        return { index: tokens.length + position, sentence: sentenceIndex, position, text: text.slice(start, end), normal: term.normal, start, end, pre: term.pre, post: term.post, tags: term.tags };
      });
      tokens.push(...sentenceTokens);
      const first = sentenceTokens[0];
      const last = sentenceTokens[sentenceTokens.length - 1];
      const start = first ? first.start : from;
      const end = last ? last.end + trailingPunctuation(last.post) : from;
      sentences.push({ index: sentenceIndex, start, end, text: text.slice(start, end), tokens: sentenceTokens });
    }
  }
  return { text, sentences, tokens, refDate };
}

/**
 * Where to cut the text into pieces for compromise: after a line break where one is near the
 * size limit, else after a sentence end, else at white space; never inside a surrogate pair.
 */
export function segmentBounds(text: string): [number, number][] {
  const bounds: [number, number][] = [];
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + SEGMENT_SIZE);
    if (to < text.length) to = cutBefore(text, from, to);
    bounds.push([from, to]);
    from = to;
  }
  return bounds;
}

function cutBefore(text: string, from: number, limit: number): number {
  const window = text.slice(Math.max(from, limit - SEGMENT_SIZE / 2), limit);
  const base = limit - window.length;
  const lineBreak = window.lastIndexOf('\n');
  if (lineBreak >= 0) return base + lineBreak + 1;
  let sentenceEnd: number | undefined;
  for (const match of window.matchAll(/[.!?]["'”’)]*\s+(?=\S)/g)) sentenceEnd = (match.index ?? 0) + match[0].length;
  if (sentenceEnd !== undefined) return base + sentenceEnd;
  const space = window.search(/\s\S*$/);
  const cut = space > 0 ? base + space + 1 : limit;
  return /[\ud800-\udbff]/.test(text[cut - 1] ?? '') ? cut - 1 : cut;
}

/** Length of the sentence-closing punctuation at the head of a token's `post`. */
function trailingPunctuation(post: string): number {
  const match = /^[^\s]*/.exec(post);
  return match ? match[0].length : 0;
}

/** A span of the text between two offsets, text taken from the source so the invariant holds. */
export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** The sentence index holding a character offset. */
export function sentenceAt(doc: ParsedDocument, offset: number): number {
  let low = 0;
  let high = doc.sentences.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (doc.sentences[mid].start <= offset) low = mid;
    else high = mid - 1;
  }
  return Math.max(0, low);
}

/** The first token starting at or after a character offset (binary search). */
export function tokenIndexAt(doc: ParsedDocument, offset: number): number {
  let low = 0;
  let high = doc.tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (doc.tokens[mid].start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
