/**
 * The claims of the seed article, as a fact-checker would read them. These depend on the
 * extractors as much as on the linker (ranges, passive `by the NIS` sources, `Kursk front`),
 * so they are written to the correct behaviour and kept apart from the linker's own tests.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims, type Claim } from '../../src/claims/index.js';
import { SEED_TEXT } from '../helpers.js';

const claims = extractClaims(SEED_TEXT, { refDate: '2025-02-20' });

/** The claim on a number, picked by its text and a phrase of its sentence. */
function claim(number: string, inSentence: string): Claim {
  const found = claims.find((c) => c.text.includes(number) && c.sentenceText.includes(inSentence));
  if (!found) throw new Error(`no claim on ${number} in the sentence with "${inSentence}"; claims: ${claims.map((c) => c.text).join(', ')}`);
  return found;
}

const whenValues = (c: Claim) => c.when.map((time) => time.value);
const whereNames = (c: Claim) => c.where.map((place) => place.name ?? place.text).join(' | ');

describe('claims of the seed article', () => {
  it('1,000–3,000 troops, newly deployed between January and February 2025 to the Kursk front, according to JoongAng', () => {
    const c = claim('1,000', 'JoongAng');
    expect(c).toMatchObject({ value: { low: 1000, high: 3000 }, qualifier: '~' });
    expect(c.unit).toMatch(/troops/);
    expect(c.source).toMatch(/JoongAng/);
    expect(whenValues(c)).toEqual(['2025-01', '2025-02']);
    expect(whereNames(c)).toMatch(/Kursk/);
  });

  it('1,000-3,000 new soldiers between January and February 2025, per South Korean intelligence (key insights)', () => {
    const c = claim('1,000', 'intelligence reports confirm');
    expect(c).toMatchObject({ value: { low: 1000, high: 3000 } });
    expect(c.source).toMatch(/South Korean intelligence/);
    expect(whenValues(c)).toEqual(['2025-01', '2025-02']);
    expect(whereNames(c)).toMatch(/Kursk/);
  });

  it('about 11,000 North Koreans fighting, per Zelensky (both times)', () => {
    for (const sentence of ['Zelensky claims about', 'while maintaining']) {
      const c = claim('11,000', sentence);
      expect(c).toMatchObject({ value: 11000, qualifier: '~' });
      expect(c.unit).toMatch(/North Koreans/);
      expect(c.source).toMatch(/Zelensky/);
    }
  });

  it('300 dead and 2,700 injured, estimated by the NIS in January', () => {
    for (const [number, unit] of [['300', /dead/], ['2,700', /injured/]] as const) {
      const c = claim(number, 'estimated at 300 dead');
      expect(c.unit).toMatch(unit);
      expect(c.source).toMatch(/NIS|National Intelligence Service/); // the acronym's long form, defined in the article, is the same source
      expect(whenValues(c)).toEqual(['2025-01']);
    }
  });

  it('up to 4,000 North Koreans killed, Zelensky’s figure, not scoped by the NIS’s January', () => {
    const c = claim('4,000', 'estimated at 300 dead');
    expect(c).toMatchObject({ value: 4000, qualifier: '<=' });
    expect(c.source).toMatch(/Zelensky/);
    expect(whenValues(c)).toEqual([]);
  });

  it('up to 10,000 soldiers, Zelensky’s warning', () => {
    const c = claim('10,000', 'has warned');
    expect(c).toMatchObject({ value: 10000, qualifier: '<=' });
    expect(c.unit).toMatch(/soldiers/);
    expect(c.source).toMatch(/Zelensky/);
  });

  it('every claim slices back to its text and sits in its sentence', () => {
    for (const c of claims) {
      expect(SEED_TEXT.slice(c.start, c.end)).toBe(c.text);
      expect(c.sentenceText).toContain(c.text);
    }
  });
});
