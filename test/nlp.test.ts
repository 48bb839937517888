import { readdirSync, readFileSync } from 'node:fs';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/nlp.js';

const fixtures = new URL('../fixtures/', import.meta.url);
const articles = [
  readFileSync(new URL('north-korea-troops-kursk.txt', fixtures), 'utf8'),
  ...readdirSync(new URL('articles/', fixtures))
    .filter((file) => file.endsWith('.txt'))
    .map((file) => readFileSync(new URL(`articles/${file}`, fixtures), 'utf8')),
];

/** Every term as compromise leaves it: text, normal form, offsets and the sorted tag set. */
function terms(view: ReturnType<typeof nlp>): string[] {
  view.compute('offset');
  const document = view.document as unknown as { text: string; normal: string; tags: Set<string>; offset: { start: number } }[][];
  return document.flat().map((term) => `${term.offset.start} ${term.text}/${term.normal} ${[...term.tags].sort().join(',')}`);
}

describe('parse: compromise tagging without unused steps, with the faster rule sweep', () => {
  it.each(articles.map((text, i) => [i, text]))('tags fixture article %i exactly as nlp() does', (_, text) => {
    expect(terms(parse(text))).toEqual(terms(nlp(text)));
  });

  it('tags contractions, hyphenated words and verb/noun ambiguities as nlp() does', () => {
    const text = "They don't record the record. She'd said the well-known mayor may march in May; it's 5 o'clock.";
    expect(terms(parse(text))).toEqual(terms(nlp(text)));
  });

  it('leaves compromise itself as it was for other callers', () => {
    const methods = () => (nlp.methods() as { one: { bulkMatch: unknown } }).one;
    const before = methods().bulkMatch;
    parse('The minister said on Monday that 300 people left.');
    expect(methods().bulkMatch).toBe(before);
  });
});
