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

/** Titles written short, before a surname (`Ms. Hill`, `Sgt. Baltzer`, `Const. Kwesi Millington`). */
export const SHORT_TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'gov', 'sen', 'rep', 'sgt', 'lt', 'capt', 'col', 'gen', 'cpl', 'det', 'const', 'insp', 'supt', 'prof', 'rev', 'cllr']);

function isTitle(token: Token): boolean {
  return isCapitalised(token) && (token.tags.has('Honorific') || SHORT_TITLES.has(token.normal.replace(/\.$/, '')));
}

function opensName(token: Token): boolean {
  return isTitle(token) || (isCapitalised(token) && NAME_OPENERS.some((tag) => token.tags.has(tag)));
}

/** `b` follows `a` with nothing but space between them, or the period of a short title (`Ms. Hill`). */
const nameContinues = (a: Token, b: Token) => adjacent(a, b) || (/^\.\s+$/.test(a.post) && !/\S/.test(b.pre) && SHORT_TITLES.has(a.normal.replace(/\.$/, '')));

/** Words that follow a first name or a title somewhere in the article, lower-cased. */
export function surnames(doc: ParsedDocument): Set<string> {
  const found = new Set<string>();
  for (const { tokens } of doc.sentences) {
    for (let i = 1; i < tokens.length; i++) {
      const [title, previous, token] = [tokens[i - 2], tokens[i - 1], tokens[i]];
      if (!SURNAME.test(bare(token)) || !nameContinues(previous, token)) continue;
      // After a first name or a title (`Neil Jordan`), or after a title and a first name it does not know (`Judge Haywood Turner`).
      const afterTitle = title !== undefined && isTitle(title) && nameContinues(title, previous) && SURNAME.test(previous.text);
      if (opensName(previous) || afterTitle) found.add(bare(token).toLowerCase());
    }
  }
  return found;
}

/** A known first name before a surname: `Michael Slater`, `Victoria Rowell`. */
function opensPersonName(doc: ParsedDocument, token: Token): boolean {
  const next = doc.tokens[token.index + 1];
  return token.tags.has('FirstName') && !!next && next.sentence === token.sentence && adjacent(token, next) && SURNAME.test(bare(next)) && !['Place', 'Organization'].some((tag) => next.tags.has(tag));
}

/** Refiner: drops one-word mentions that name a person of the article. */
export function withoutPeople(doc: ParsedDocument, mentions: Mention[]): Mention[] {
  const names = surnames(doc);
  return mentions.filter((m) => m.adjective || m.first !== m.last || !(names.has(bare(m.first).toLowerCase()) || opensPersonName(doc, m.first)));
}
