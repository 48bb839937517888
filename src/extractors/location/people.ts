/**
 * Filter: a one-word name that the article uses as a person's name is no place there. Once a word
 * follows a first name or a title (`Neil Jordan`, `President Clinton`), it is that person's surname
 * throughout the article (`…, Jordan said`).
 */
import type { ParsedDocument, Token } from '../../document.js';
import { adjacent, bare, isCapitalised, type Mention } from './mentions.js';

/** Tags of a word that opens a person's name: a known first name or a title (`Mr.`, `President`). */
const NAME_OPENERS = ['FirstName', 'Honorific'];

/** A word as a surname is written: capitalised or upper-case, with no period (`Jordan`, `McDonald`, `DURAN`, not `Mich.`). */
const SURNAME = /^\p{Lu}(?:[\p{L}'’-]*\p{Ll}[\p{L}'’-]*|\p{Lu}{2,})$/u;

/** Titles written short, before a surname (`Ms. Hill`, `Sgt. Baltzer`, `Const. Ama Boateng`). */
export const SHORT_TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'gov', 'sen', 'rep', 'sgt', 'lt', 'capt', 'col', 'gen', 'cpl', 'det', 'const', 'insp', 'supt', 'prof', 'rev', 'cllr']);

function isTitle(token: Token): boolean {
  return isCapitalised(token) && (token.tags.has('Honorific') || SHORT_TITLES.has(token.normal.replace(/\.$/, '')));
}

function opensName(token: Token): boolean {
  return isTitle(token) || (isCapitalised(token) && NAME_OPENERS.some((tag) => token.tags.has(tag)));
}

/**
 * `b` follows `a` in one sentence with nothing but space between them, or after the period of a short
 * title, where the parse may have ended a sentence (`Const. Kofi Boateng`).
 */
const nameContinues = (a: Token, b: Token) =>
  (a.sentence === b.sentence && adjacent(a, b)) || (/^\.\s+$/.test(a.post) && !/\S/.test(b.pre) && SHORT_TITLES.has(a.normal.replace(/\.$/, '')));

/** `Ann Lee Dover, 51, was…`: a comma, an age and a comma after a name, as news introduces a person. */
const isAgeApposition = (token: Token, next: Token | undefined) => token.post.trim() === ',' && !!next && /^\d{1,3}$/.test(next.text) && next.post.trim().startsWith(',');

/** Words that follow a first name or a title somewhere in the article, lower-cased. */
export function surnames(doc: ParsedDocument): Set<string> {
  const found = new Set<string>();
  const { tokens } = doc;
  for (let i = 1; i < tokens.length; i++) {
    const [title, previous, token] = [tokens[i - 2], tokens[i - 1], tokens[i]];
    if (!SURNAME.test(bare(token)) || !nameContinues(previous, token)) continue;
    // After a first name or a title (`Neil Jordan`), or after a title and a first name it does not know (`Judge Haywood Turner`).
    const afterTitle = title !== undefined && isTitle(title) && nameContinues(title, previous) && SURNAME.test(previous.text);
    // After any part of a person's name, or as a surname the parse knows, with the person's age after it (`Ann Lee Dover, 51,`).
    const aged = isCapitalised(previous) && (previous.tags.has('Person') || token.tags.has('Person')) && isAgeApposition(token, tokens[i + 1]);
    if (opensName(previous) || afterTitle || aged) found.add(bare(token).toLowerCase());
  }
  return found;
}

/** A known first name before a surname: `Michael Slater`, `Victoria Rowell`. */
function opensPersonName(doc: ParsedDocument, token: Token): boolean {
  const next = doc.tokens[token.index + 1];
  return token.tags.has('FirstName') && !!next && next.sentence === token.sentence && adjacent(token, next) && SURNAME.test(bare(next)) && !['Place', 'Organization'].some((tag) => next.tags.has(tag));
}

/** Tags that make a capitalised word known to the parse: not an unfamiliar given name. */
const KNOWN_WORD_TAGS = ['Place', 'Organization', 'Person', 'Demonym', 'Acronym', 'Honorific', 'Verb', 'Adjective', 'Value', 'Date', 'Month', 'WeekDay'];

/**
 * A given name the parse does not know, before the mention's word: a capitalised word with no tag but a
 * noun's, after a lower-case word (`finalist MaliVai Washington`). `in Metro Manila` has one too, so such a
 * surname is trusted only where the article also treats the word alone as a person (`personCue`).
 */
function afterUnknownGivenName(doc: ParsedDocument, token: Token): boolean {
  const [before, given] = [doc.tokens[token.index - 2], doc.tokens[token.index - 1]];
  if (!before || before.sentence !== token.sentence || !adjacent(given, token) || !adjacent(before, given)) return false;
  return /^\p{Ll}/u.test(before.text) && SURNAME.test(given.text) && given.tags.has('ProperNoun') && !KNOWN_WORD_TAGS.some((tag) => given.tags.has(tag));
}

/** A person's slot around a lone name: `said Washington`, `Washington said`, `Washington , who`, `the 11th-seeded Washington`. */
const PERSON_BEFORE = /(?:\bsaid|\bsays|-seeded)[ \t]+$/;
const PERSON_AFTER = /^[ \t]*(?:,[ \t]*who\b|(?:said|says)\b)/;

function personCue(text: string, mention: Mention): boolean {
  return PERSON_BEFORE.test(text.slice(Math.max(0, mention.start - 16), mention.start)) || PERSON_AFTER.test(text.slice(mention.end, mention.end + 12));
}

/** A one-word mention's word as a surname is kept: lower case, without a possessive. */
const loneWord = (m: Mention) => bare(m.first).toLowerCase();

/**
 * Surnames after a given name the parse does not know (`MaliVai Washington`), where the article names the
 * person by the surname alone too (`said Washington`).
 */
function unknownPersonSurnames(doc: ParsedDocument, mentions: Mention[]): Set<string> {
  const lone = mentions.filter((m) => !m.adjective && m.first === m.last);
  const named = new Set(lone.filter((m) => afterUnknownGivenName(doc, m.first)).map(loneWord));
  return new Set(lone.filter((m) => named.has(loneWord(m)) && personCue(doc.text, m)).map(loneWord));
}


/** Refiner: drops one-word mentions that name a person of the article. */
export function withoutPeople(doc: ParsedDocument, mentions: Mention[]): Mention[] {
  const names = surnames(doc);
  const unknown = unknownPersonSurnames(doc, mentions);
  return mentions.filter((m) => {
    if (m.adjective || m.first !== m.last) return true;
    const word = loneWord(m);
    // A name known only from the article's use of it is still a place where a dateline or `in` anchors it.
    return !(names.has(word) || (unknown.has(word) && !m.anchored) || opensPersonName(doc, m.first));
  });
}
