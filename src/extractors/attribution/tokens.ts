/**
 * Token-level pieces shared by the rules: cue detection, the noun phrase that is a source,
 * and the clause that is said.
 */
import { spanOf, type ParsedDocument, type Token } from '../../document.js';
import type { Span } from '../../types.js';
import { CUE_FORMS, FIGURE_FORMS, FIGURE_NOUNS, NEEDS_PARTICLE, NOT_SOURCES, PARTICLES, type CueClass } from './lexicon.js';

/** A reporting cue: its verb token, the particle it may take, its base form and class. */
export interface Cue {
  first: number;
  last: number;
  lemma: string;
  cls: CueClass;
}

const CLAUSE_BREAK = /[,;:—–()\[\]“”"]|''|\n/;
const SENTENCE_END = /[.!?]/;
const NOUNISH = ['Noun', 'Pronoun', 'ProperNoun', 'Determiner', 'Adjective', 'Possessive', 'Value', 'Acronym', 'Honorific', 'Cardinal'];
const LINKS = new Set(['of', 'for', 'at', 'and', '&']);
/** Auxiliaries and adverbs that stand between a subject and its verb, whatever compromise tagged them (`now says`, `has, however, revealed`). */
const BETWEEN_SUBJECT_AND_VERB = new Set([
  'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'not', 'is', 'are', 'was', 'were', 'am', 'been', 'be', 'now', 'then', 'also', 'still', 'just', 'later', 'again',
  'however', 'once', 'already', 'even', 'first', 'recently', 'previously', 'repeatedly', 'never', 'often', 'both', 'all', 'each',
]);
const AUXILIARY_OR_ADVERB = (t: Token) => t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Adverb') || t.tags.has('Negative') || BETWEEN_SUBJECT_AND_VERB.has(t.normal);

/** The span from the first to the last token inclusive. */
export function spanOfTokens(doc: ParsedDocument, first: Token, last: Token): Span {
  return spanOf(doc.text, first.start, isBracketed(last) ? last.end + last.post.indexOf(')') + 1 : last.end);
}

/** Trim a character range of white space and the given punctuation at both ends. */
export function trimmedSpan(doc: ParsedDocument, start: number, end: number, trim = /[\s,;:.—–-]/): Span | undefined {
  while (start < end && trim.test(doc.text[start])) start++;
  while (end > start && trim.test(doc.text[end - 1])) end--;
  return end > start ? spanOf(doc.text, start, end) : undefined;
}

/** Whether punctuation separates token `i` from the one after it. */
export function breaksAfter(token: Token): boolean {
  return CLAUSE_BREAK.test(token.post) || (SENTENCE_END.test(token.post) && !isAbbreviation(token));
}

/** A one-word bracket after a name belongs to the name: `(NIS)`, `(D-Wis.)`. */
export function isBracketed(token: Token): boolean {
  return token.pre.endsWith('(') && /^\.?\)\s*$/.test(token.post);
}

function isAbbreviation(token: Token): boolean {
  return token.tags.has('Abbreviation') || token.tags.has('Honorific') || /^[A-Z]$/.test(token.text);
}

/** Whether the token closes its sentence. */
export function endsSentence(token: Token): boolean {
  return (SENTENCE_END.test(token.post) && !isAbbreviation(token)) || token.post.includes('\n');
}

function nounish(token: Token): boolean {
  return NOUNISH.some((tag) => token.tags.has(tag)) && !token.tags.has('Verb') && !token.tags.has('Adverb') && !/^(that|which|what)$/.test(token.normal);
}

/** Forms of `be`; a participle after them is passive. */
export const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** A participle cue after `be` (`had been reported`, `is expected`): its subject is what is said, not who says it. */
export function isPassive(doc: ParsedDocument, i: number): boolean {
  let j = i - 1;
  while (j > 0 && AUXILIARY_OR_ADVERB(doc.tokens[j]) && !BE.has(doc.tokens[j].normal) && i - j < 3) j--;
  return j >= 0 && BE.has(doc.tokens[j].normal) && !/ing$/.test(doc.tokens[i].normal);
}

/** The reporting cue whose verb is token `i`, if it is one. */
export function cueAt(doc: ParsedDocument, i: number): Cue | undefined {
  const token = doc.tokens[i];
  const entry = CUE_FORMS.get(token.normal);
  if (!entry) return figureCueAt(doc, i);
  const previous = doc.tokens[i - 1];
  if (previous && previous.tags.has('Possessive') && !breaksAfter(previous)) return undefined;
  const named = token.tags.has('Place') || token.tags.has('Organization') || token.tags.has('Person');
  const headline = entry.cls === 'speech' && /s$/.test(token.normal) && !named && previous !== undefined && previous.tags.has('ProperNoun') && !breaksAfter(previous);
  const participle = /ing$/.test(token.normal) && previous !== undefined && (/^,\s*$/.test(previous.post) || BE.has(previous.normal));
  const afterName = entry.cls === 'speech' && token.normal !== entry.lemma && !/s$/.test(token.normal) && previous !== undefined && !breaksAfter(previous) && (previous.tags.has('ProperNoun') || previous.tags.has('Pronoun'));
  if (!headline && !participle && !afterName && (!token.tags.has('Verb') || token.tags.has('ProperNoun'))) return undefined;
  const next = doc.tokens[i + 1];
  if (headsNounPhrase(doc, i, entry.lemma)) return undefined;
  const particle = next && !breaksAfter(token) && PARTICLES[entry.lemma]?.includes(next.normal);
  if (!particle && NEEDS_PARTICLE.has(entry.lemma)) return undefined;
  return { first: i, last: particle ? i + 1 : i, lemma: entry.lemma, cls: entry.cls };
}

/**
 * A cue form that is also a noun, between a noun and a verb, heads a noun phrase: `the jobs
 * report cheered investors`, `the old posts have exposed …`.
 */
function headsNounPhrase(doc: ParsedDocument, i: number, lemma: string): boolean {
  const [previous, token, next] = [doc.tokens[i - 1], doc.tokens[i], doc.tokens[i + 1]];
  if (!previous || !next || (token.normal !== lemma && token.normal !== `${lemma}s`) || breaksAfter(previous) || breaksAfter(token)) return false;
  const afterNoun = previous.tags.has('Noun') && !previous.tags.has('Pronoun') && !previous.tags.has('ProperNoun');
  const beforeVerb = next.tags.has('Verb') && !next.tags.has('Infinitive') && !next.tags.has('Gerund') && !next.tags.has('Noun');
  return afterNoun && beforeVerb;
}

/** How far a figure verb looks for its `NOUN (of …) at`: `put the cost of the storm at`. */
const FIGURE_REACH = 8;

/** A figure verb with a figure noun and then `at` a few words on: `The agency put the toll at 40`. */
function figureCueAt(doc: ParsedDocument, i: number): Cue | undefined {
  const t = doc.tokens;
  const lemma = FIGURE_FORMS.get(t[i].normal);
  if (!lemma || !t[i].tags.has('Verb')) return undefined;
  let figure = false;
  for (let j = i + 1; j < Math.min(t.length, i + 1 + FIGURE_REACH); j++) {
    if (figure && t[j].normal === 'at') return { first: i, last: i, lemma, cls: 'speech' };
    figure ||= FIGURE_NOUNS.has(t[j].normal);
    if (breaksAfter(t[j]) || t[j].tags.has('Verb')) return undefined;
  }
  return undefined;
}

/** All cues of the document, in order. */
export function findCues(doc: ParsedDocument): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    const cue = cueAt(doc, i);
    if (cue) {
      cues.push(cue);
      i = cue.last;
    }
  }
  return cues;
}

/**
 * The noun phrase ending right before token `end` (exclusive), walking back over a name, its
 * determiners and modifiers and `of`-links, stopping at punctuation. Returns token indexes.
 */
export function nounPhraseBefore(doc: ParsedDocument, end: number, limit = 10): [number, number] | undefined {
  const head = doc.tokens[end - 1];
  if (head && head.tags.has('Reflexive') && end > 1 && !breaksAfter(doc.tokens[end - 2])) return nounPhraseBefore(doc, end - 1, limit);
  if (head && head.tags.has('Pronoun') && !head.tags.has('Possessive')) return [end - 1, end - 1];
  let first = end;
  for (let i = end - 1; i >= 0 && end - i <= limit; i--) {
    const token = doc.tokens[i];
    if (i < end - 1 && breaksAfter(token) && !isBracketed(doc.tokens[i + 1])) break;
    if (token.sentence !== doc.tokens[end - 1].sentence && !isAbbreviation(token)) break;
    if (nounish(token)) first = i;
    else if (LINKS.has(token.normal) && i > 0 && nounish(doc.tokens[i - 1]) && first === i + 1) continue;
    else break;
  }
  while (first < end && LINKS.has(doc.tokens[first].normal)) first++;
  if (first >= end) return undefined;
  return [first, end - 1];
}

/** The noun phrase starting at token `from`, up to punctuation. Returns token indexes. */
export function nounPhraseAfter(doc: ParsedDocument, from: number, limit = 10): [number, number] | undefined {
  let last = -1;
  for (let i = from; i < doc.tokens.length && i - from < limit; i++) {
    const token = doc.tokens[i];
    const startsAnother = last >= from && (token.tags.has('Determiner') || token.tags.has('Pronoun')) && !doc.tokens[last].tags.has('Determiner');
    if (startsAnother) break;
    if (nounish(token)) last = i;
    else if (!(LINKS.has(token.normal) && last === i - 1 && doc.tokens[i + 1] && doc.tokens[i + 1].tags.has('ProperNoun'))) break;
    if (breaksAfter(token)) break;
  }
  return last >= from ? [from, last] : undefined;
}

/** Whether a noun phrase can be someone who speaks, believes or wants. */
export function canBeSource(doc: ParsedDocument, [first, last]: [number, number]): boolean {
  const head = doc.tokens[last];
  if (QUANTIFIERS.has(head.normal)) return true;
  if (NOT_SOURCES.has(head.normal) && first === last) return false;
  if (head.tags.has('Date') || head.tags.has('Value') || head.tags.has('Adjective') || head.tags.has('Determiner')) return false;
  return head.tags.has('Noun') || head.tags.has('Pronoun');
}

/** Quantifiers that stand for people or documents: `one says`, `another argues`, `most believe`. */
const QUANTIFIERS = new Set(['one', 'another', 'others', 'some', 'many', 'most', 'both', 'all', 'few', 'several']);
const RELATIVE = new Set(['who', 'that', 'which']);

/**
 * The subject of the cue starting at token `cue`: skips auxiliaries and adverbs (`has also said`),
 * then takes the noun phrase, extended back over an apposition (`Graham, a senator, said`).
 */
export function subjectOf(doc: ParsedDocument, cue: number): [number, number] | undefined {
  const t = doc.tokens;
  let end = cue;
  let enclosed = false;
  let opening = -1;
  while (end > 0 && cue - end < 6) {
    const previous = t[end - 1];
    if (AUXILIARY_OR_ADVERB(previous) && (!breaksAfter(previous) || end - 1 === opening)) end--;
    else if ((previous.tags.has('Adverb') || previous.tags.has('Conjunction')) && /^,\s*$/.test(previous.post) && end > 1 && /^,\s*$/.test(t[end - 2].post)) {
      end--;
      enclosed = true;
      opening = end - 1;
    }
    else if (isReducedRelative(doc, end - 1)) end--;
    else if (isTime(previous) && !breaksAfter(previous)) {
      const start = timeBefore(doc, end - 1);
      if (start === undefined) break;
      end = start;
    }
    else break;
  }
  if (end === 0) return undefined;
  const before = t[end - 1];
  if (RELATIVE.has(before.normal) && !breaksAfter(before)) return end - 1 > sentenceStart(doc, end - 1) ? [end - 1, end - 1] : undefined;
  if (!isBracketed(before) && !enclosed) {
    if (before.post.includes('\n') || SENTENCE_END.test(before.post)) return undefined;
    if (/,/.test(before.post)) return earlier(apposition(doc, end), relativeClauseSubject(doc, end));
    if (breaksAfter(before)) return undefined;
  }
  const phrase = nounPhraseBefore(doc, end);
  return phrase && canBeSource(doc, phrase) ? phrase : undefined;
}

/** At most this many words in a time between a subject and its verb (`on Thursday evening`). */
const TIME_WORDS = 4;

/** Words of a time that compromise does not tag as dates (`Thursday evening`, `last week`). */
const TIME_NOUNS = new Set(['morning', 'afternoon', 'evening', 'night', 'weekend', 'week', 'month', 'year', 'last', 'this', 'next', 'earlier']);

function isTime(token: Token): boolean {
  return token.tags.has('Date') || TIME_NOUNS.has(token.normal);
}

/**
 * The first token of a time ending at token `last` that stands between a subject and its verb,
 * with its preposition: `Mr. Ito on Thursday evening said`, `Ms. Ruiz Tuesday said`.
 */
function timeBefore(doc: ParsedDocument, last: number): number | undefined {
  const t = doc.tokens;
  let first = last;
  while (first > 0 && last - first < TIME_WORDS && isTime(t[first - 1]) && !breaksAfter(t[first - 1])) first--;
  if (first > 0 && t[first - 1].tags.has('Preposition') && !breaksAfter(t[first - 1])) first--;
  return first > 0 && !breaksAfter(t[first - 1]) ? first : undefined;
}

/** How far past a participle the verb of its clause may stand (`A poll released on Sunday showed`). */
const REDUCED_REACH = 4;

/**
 * A past participle right after a noun, with the clause's own verb after it and only a time
 * between: `A poll released Sunday showed …`. It describes the noun; it reports nothing itself.
 */
export function isReducedRelative(doc: ParsedDocument, i: number): boolean {
  const t = doc.tokens;
  const previous = t[i - 1];
  if (!previous || !/(ed|wn|en)$/.test(t[i].normal) || /^(said|told)$/.test(t[i].normal) || breaksAfter(previous) || !nounish(previous) || previous.tags.has('Pronoun')) return false;
  for (let j = i + 1; j < Math.min(t.length, i + 1 + REDUCED_REACH); j++) {
    if (breaksAfter(t[j - 1])) return false;
    if (!isTime(t[j]) && !t[j].tags.has('Preposition')) return j > i + 1 && t[j].tags.has('Verb') && !t[j].tags.has('Gerund') && !t[j].tags.has('Infinitive');
  }
  return false;
}

/** How many comma-separated pieces an apposition may have (`Harvey, a delegate from Houston, Texas,`). */
const APPOSITION_PIECES = 4;
const PIECE_LENGTH = 20;

/**
 * `NAME, DESCRIPTION(, MORE),` right before token `end`: walking back piece by piece over
 * descriptions (noun phrases with their prepositions, ages, `who …` clauses, participles) to a
 * name that opens the clause. Returns the whole, name to last description. The other order,
 * `the spokesman, Josh Earnest,`, gives the description with the name.
 */
function apposition(doc: ParsedDocument, end: number): [number, number] | undefined {
  const t = doc.tokens;
  let pieceEnd = end - 1;
  let named: number | undefined;
  for (let pieces = 0; pieces < APPOSITION_PIECES; pieces++) {
    let start = pieceEnd;
    while (start > 0 && !(breaksAfter(t[start - 1]) && !isBracketed(t[start])) && pieceEnd - start < PIECE_LENGTH) start--;
    const piece = t.slice(start, pieceEnd + 1);
    const isName = piece.every(isNamePart);
    if (pieces > 0 && isName) return [start, end - 1];
    if (isName) named = start;
    const opensClause = start === 0 || !/,\s*$/.test(t[start - 1].post) || t[start - 1].sentence !== t[end - 1].sentence;
    if (!describes(piece)) return named === undefined || named === start ? undefined : [named, end - 1];
    if (opensClause) return named !== undefined || (pieces > 0 && describedHead(doc, start, pieceEnd)) ? [start, end - 1] : undefined;
    pieceEnd = start - 1;
  }
  return undefined;
}

/** Of two readings of one subject, the one that starts first (the longer). */
function earlier(a: [number, number] | undefined, b: [number, number] | undefined): [number, number] | undefined {
  return a && b ? (b[0] < a[0] ? b : a) : (a ?? b);
}

/** How far back a subject's relative clause may open (`Ms. Roe, who lost her home in the flood in Arles, France, in 2019, said`). */
const RELATIVE_REACH = 40;

/**
 * `NAME, who …, said`: a relative clause with commas of its own between a subject that opens
 * the clause and its verb. Returns the subject with its clause.
 */
function relativeClauseSubject(doc: ParsedDocument, end: number): [number, number] | undefined {
  const t = doc.tokens;
  const sentence = t[end - 1].sentence;
  for (let i = end - 2; i > 0 && end - i < RELATIVE_REACH && t[i].sentence === sentence; i--) {
    if (!/^(who|which)$/.test(t[i].normal) || !/^,\s*$/.test(t[i - 1].post)) continue;
    const phrase = nounPhraseBefore(doc, i);
    const opens = phrase !== undefined && (phrase[0] === sentenceStart(doc, phrase[0]) || breaksAfter(t[phrase[0] - 1]));
    return opens && canBeSource(doc, phrase) ? [phrase[0], end - 1] : undefined;
  }
  return undefined;
}

/** A description opening an apposition, for want of a name: `The officials, a group of lawyers, said`. */
function describedHead(doc: ParsedDocument, first: number, last: number): boolean {
  const phrase = nounPhraseBefore(doc, last + 1);
  return phrase !== undefined && phrase[0] === first && !doc.tokens[first].tags.has('Preposition') && canBeSource(doc, phrase);
}

/** A piece of an apposition: a noun phrase with prepositions and participles, up to a `who …` clause. */
function describes(piece: Token[]): boolean {
  const relative = piece.findIndex((p) => /^(who|whom|whose)$/.test(p.normal));
  const head = relative >= 0 ? piece.slice(0, relative) : piece;
  return head.every((p) => nounish(p) || LINKS.has(p.normal) || p.tags.has('Preposition') || p.tags.has('Gerund') || p.tags.has('ProperNoun'));
}

function isNamePart(token: Token): boolean {
  return token.tags.has('ProperNoun') || (/^[A-Z]/.test(token.text) && nounish(token)) || token.tags.has('Honorific') || token.tags.has('Person') || isBracketed(token);
}

/** No clause runs longer than this many tokens (keeps unpunctuated text linear). */
const MAX_CLAUSE = 150;

/** The last token of the clause that starts at token `from`: up to sentence end, `;`, a dash, or a quotation mark closing a quotation opened before it. */
export function clauseEnd(doc: ParsedDocument, from: number): number {
  let i = from;
  let quotes = 0;
  while (i < doc.tokens.length - 1 && i - from < MAX_CLAUSE) {
    const token = doc.tokens[i];
    if (/[“"]|''/.test(token.pre)) quotes++;
    const closes = /”|^\S*("|'')/.test(token.post);
    if (closes && quotes > 0) quotes--;
    else if (closes) break;
    if (endsSentence(token) || /[;—–]/.test(token.post)) break;
    if (doc.tokens[i + 1].sentence !== token.sentence && !/[“"']\s*$/.test(token.post)) break;
    i++;
  }
  return i;
}

/** The first token of the sentence holding token `i`. */
export function sentenceStart(doc: ParsedDocument, i: number): number {
  return doc.sentences[doc.tokens[i].sentence].tokens[0].index;
}

/** Content span over tokens `first`..`last`, keeping closing quotes but not the sentence's full stop. */
export function contentSpan(doc: ParsedDocument, first: number, last: number): Span | undefined {
  const from = doc.tokens[first];
  const to = doc.tokens[last];
  if (!from || !to || first > last) return undefined;
  const opening = /[“"]|''$/.exec(from.pre);
  const start = opening ? from.start - opening[0].length : from.start;
  const closing = /^[.,!?]?(”|"|'')/.exec(to.post);
  const end = closing ? to.end + closing[0].length : to.end;
  return trimmedSpan(doc, start, end);
}

/** Words that may open a new clause after a comma: `…, and the mayor said …`, `…, as critics claim …`. */
const CLAUSE_OPENERS = new Set(['and', 'but', 'while', 'as', 'yet', 'so', 'although', 'though', 'because', 'when', 'whereas']);
/** How far after the comma the next speaker's cue may stand (`…, and at one point the crowd chanted`). */
const NEXT_SPEAKER_REACH = 8;

/**
 * Whether a new clause with a speaker of its own starts at token `from` (just after a comma):
 * `…, and the mayor said …`, `…, his critics denounced him`. Content stops before it.
 */
export function nextSpeakerAfter(doc: ParsedDocument, from: number, last: number): boolean {
  const t = doc.tokens;
  if (from > last) return false;
  const start = CLAUSE_OPENERS.has(t[from].normal) ? from + 1 : from;
  if (start > last || RELATIVE.has(t[start].normal)) return false;
  for (let i = start; i <= Math.min(last, start + NEXT_SPEAKER_REACH); i++) {
    if (cueAt(doc, i)) {
      if (isPassive(doc, i)) return false;
      const subject = subjectOf(doc, i);
      return subject !== undefined && subject[0] >= start;
    }
    if (breaksAfter(t[i])) return false;
  }
  return false;
}
