/**
 * The discourse structure the linker scopes by, read off the shared parse in one linear pass:
 * clauses inside sentences, and paragraphs with their lead sentence.
 *
 * - A **clause** ends at clause punctuation after a token (`, ; : ( ) [ ] – —`, or a hyphen
 *   standing alone between spaces) or before a clause-opening conjunction (`but`, `while`,
 *   `whereas`, `although`, `though`). Coarse on purpose: it only has to keep `in January` with
 *   the number it scopes when a sentence holds two numbers and two dates.
 * - A **paragraph** is a block of text between blank lines; a text with no blank line at all
 *   (one paragraph per line, as many feeds and the seed article are written) splits at every
 *   line break instead. A paragraph's **lead** is its first sentence.
 */
import { tokenIndexAt, type ParsedDocument, type Token } from '../document.js';
import type { Span } from '../types.js';

const CLAUSE_PUNCTUATION = /[,;:()[\]–—]|\s-(\s|$)/;
const CLAUSE_OPENERS = new Set(['but', 'while', 'whereas', 'although', 'though']);
const RELATIVES = new Set(['which', 'who', 'whom', 'whose']);

export interface Structure {
  /** The index (in `doc.tokens`) of the token holding a character offset. */
  tokenAt(offset: number): number;
  /** The clause a character offset falls in: numbered from 0 in text order, over the whole document. */
  clauseAt(offset: number): number;
  /** The tokens of a clause. */
  clauseTokens(clause: number): Token[];
  /** True where a relative pronoun (`which`, `who` …) comes before the offset in its clause. */
  afterRelative(offset: number): boolean;
  /** The index of the lead sentence of the paragraph that sentence `index` belongs to. */
  leadOf(sentence: number): number;
  /** True where the sentence is the first of its paragraph. */
  isLead(sentence: number): boolean;
}

export function documentStructure(doc: ParsedDocument): Structure {
  const clauses = clauseNumbers(doc.tokens);
  const starts: number[] = [];
  const relatives: number[] = [];
  clauses.forEach((clause, index) => {
    starts[clause] ??= index;
    if (RELATIVES.has(doc.tokens[index].normal)) relatives[clause] ??= doc.tokens[index].start;
  });
  const leads = paragraphLeads(doc);
  const clauseAt = (offset: number) => clauses[tokenAt(doc, offset)] ?? -1;
  return {
    tokenAt: (offset) => tokenAt(doc, offset),
    clauseAt,
    clauseTokens: (clause) => doc.tokens.slice(starts[clause] ?? 0, starts[clause + 1] ?? doc.tokens.length),
    afterRelative: (offset) => (relatives[clauseAt(offset)] ?? Infinity) < offset,
    leadOf: (sentence) => leads[sentence] ?? sentence,
    isLead: (sentence) => (leads[sentence] ?? sentence) === sentence,
  };
}

/** The token holding an offset: the last one starting at or before it. */
function tokenAt(doc: ParsedDocument, offset: number): number {
  return Math.max(0, tokenIndexAt(doc, offset + 1) - 1);
}

/** A running clause number per token; it steps at every clause boundary and every new sentence. */
function clauseNumbers(tokens: readonly Token[]): number[] {
  const numbers: number[] = [];
  let clause = 0;
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1];
    if (previous && (previous.sentence !== token.sentence || endsClause(previous) || opensClause(token))) clause++;
    numbers.push(clause);
  });
  return numbers;
}

function endsClause(token: Token): boolean {
  return CLAUSE_PUNCTUATION.test(token.post);
}

function opensClause(token: Token): boolean {
  return CLAUSE_OPENERS.has(token.normal) || /[([]/.test(token.pre);
}

/** For each sentence, the index of its paragraph's first sentence. */
function paragraphLeads(doc: ParsedDocument): number[] {
  const starts = paragraphStarts(doc.text);
  const leads: number[] = [];
  let paragraph = 0;
  let lead = 0;
  for (const sentence of doc.sentences) {
    let next = paragraph;
    while (next + 1 < starts.length && starts[next + 1] <= sentence.start) next++;
    if (next !== paragraph || sentence.index === 0) lead = sentence.index;
    paragraph = next;
    leads.push(lead);
  }
  return leads;
}

/** Start offsets of the paragraphs, in order; the first is always 0. */
export function paragraphStarts(text: string): number[] {
  const separator = /\n[ \t]*\n/.test(text) ? /\n[ \t]*\n\s*/g : /\n\s*/g;
  const starts = [0];
  for (const match of text.matchAll(separator)) starts.push(match.index + match[0].length);
  return starts;
}

/** True where `inner` lies within `outer`. */
export function within(inner: Span, outer: Span | undefined): boolean {
  return outer !== undefined && outer.start <= inner.start && inner.end <= outer.end;
}

/** Append to the list kept under a key. */
export function addTo<K, V>(index: Map<K, V[]>, key: K, value: V): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}
