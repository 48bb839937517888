/**
 * One parse of the document, shared by every extractor: compromise's tagged view plus plain
 * token and sentence records that carry exact character offsets into the original text.
 */
import { nlp, type View } from './nlp.js';
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
  /** compromise's view of the whole document, for match patterns. */
  view: View;
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

/** Parse once; every extractor reads the result. */
export function parseDocument(text: string, refDate?: string): ParsedDocument {
  const view = nlp(text);
  view.compute('offset');
  const terms = view.document as unknown as CompromiseTerm[][];
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  terms.forEach((sentenceTerms, sentenceIndex) => {
    const sentenceTokens: Token[] = [];
    sentenceTerms.forEach((term, position) => {
      const start = term.offset.start;
      const end = start + term.offset.length;
      // compromise keeps the token as written; if its offsets ever disagree with the text, trust the text.
      const token: Token = {
        index: tokens.length,
        sentence: sentenceIndex,
        position,
        text: text.slice(start, end),
        normal: term.normal,
        start,
        end,
        pre: term.pre,
        post: term.post,
        tags: term.tags,
      };
      tokens.push(token);
      sentenceTokens.push(token);
    });
    const first = sentenceTokens[0];
    const last = sentenceTokens[sentenceTokens.length - 1];
    const start = first ? first.start : 0;
    const end = last ? last.end + trailingPunctuation(last.post) : 0;
    sentences.push({ index: sentenceIndex, start, end, text: text.slice(start, end), tokens: sentenceTokens });
  });
  return { text, view, sentences, tokens, refDate };
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

/** The span covering tokens `first` to `last` inclusive. */
export function tokenSpan(doc: ParsedDocument, first: Token, last: Token): Span {
  return spanOf(doc.text, first.start, last.end);
}

/** The tokens a compromise match covers, one array per match. */
export function tokensOfView(doc: ParsedDocument, view: { fullPointer: unknown }): Token[][] {
  const pointers = view.fullPointer as [number, number, number][];
  return pointers.map(([sentence, from, to]) => doc.sentences[sentence].tokens.slice(from, to));
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
