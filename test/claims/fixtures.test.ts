/**
 * The hand-checked claims of the articles in fixtures/articles (see its README). Like the seed
 * test, these depend on all four extractors as well as on the linker.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractClaims, type Claim } from '../../src/claims/index.js';
import type { Qualifier } from '../../src/types.js';
import { ROOT } from '../helpers.js';

interface Expected {
  text: string;
  sentence?: string;
  value: Claim['value'];
  qualifier?: Qualifier;
  unit?: string;
  currency?: string;
  source: string | null;
  when: string[];
  where: string[];
  /**
   * Why factx does not get this claim right yet. Such a claim runs as an expected failure
   * (`it.fails`): the gap stays written down, and the test says so once it is closed.
   */
  knownGap?: string;
}

const FOLDER = `${ROOT}fixtures/articles/`;
const articles = readdirSync(FOLDER).filter((name) => name.endsWith('.txt')).map((name) => name.slice(0, -'.txt'.length));

describe.each(articles)('claims of fixtures/articles/%s.txt', (name) => {
  const text = readFileSync(`${FOLDER}${name}.txt`, 'utf8');
  const { date, claims: expected } = JSON.parse(readFileSync(`${FOLDER}${name}.claims.json`, 'utf8')) as { date: string; claims: Expected[] };
  const claims = extractClaims(text, { refDate: date });

  const checkClaim = (want: Expected) => {
    const got = claims.find((claim) => claim.text === want.text && (!want.sentence || claim.sentenceText.includes(want.sentence)));
    expect(got, `a claim on "${want.text}"`).toBeDefined();
    const claim = got!;
    expect({ value: claim.value, qualifier: claim.qualifier }).toEqual({ value: want.value, qualifier: want.qualifier });
    if (want.unit) expect(claim.unit).toBe(want.unit);
    if (want.currency) expect(claim.currency).toBe(want.currency);
    if (want.source === null) expect(claim.source).toBeNull();
    else expect(claim.source ?? '(unattributed)').toMatch(new RegExp(want.source, 'i'));
    expect(claim.when.map((time) => time.value)).toEqual(want.when);
    const places = claim.where.map((place) => place.name ?? place.text);
    expect(places).toHaveLength(want.where.length);
    want.where.forEach((pattern, index) => expect(places[index]).toMatch(new RegExp(pattern, 'i')));
  };

  for (const want of expected) {
    const label = `${want.text}${want.sentence ? ` (${want.sentence})` : ''}`;
    if (want.knownGap) it.fails(`${label} — known gap: ${want.knownGap}`, () => checkClaim(want));
    else it(label, () => checkClaim(want));
  }
});
