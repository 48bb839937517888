import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { quantities } from './helpers.js';

const article = readFileSync(new URL('../../../fixtures/north-korea-troops-kursk.txt', import.meta.url), 'utf8');

describe('the seed article: every numeric claim, with ranges, qualifiers and units', () => {
  const found = quantities(article).map((q) => ({ text: q.text, value: q.value, qualifier: q.qualifier, unit: q.unit }));

  it('finds each claim', () => {
    expect(found).toEqual(expect.arrayContaining([
      { text: '1,000-3,000', value: { low: 1000, high: 3000 }, qualifier: undefined, unit: 'soldiers' },
      { text: '11,000', value: 11000, qualifier: '~', unit: 'North Koreans' },
      { text: '4,000', value: 4000, qualifier: '~', unit: 'casualties' },
      { text: '1,000 to 3,000', value: { low: 1000, high: 3000 }, qualifier: '~', unit: 'North Korean troops' },
      { text: '300', value: 300, qualifier: undefined, unit: 'dead' },
      { text: '2,700', value: 2700, qualifier: undefined, unit: 'injured' },
      { text: '4,000', value: 4000, qualifier: '<=', unit: 'North Koreans' },
      { text: '10,000', value: 10000, qualifier: '<=', unit: 'soldiers' },
    ]));
    expect(found.filter((q) => q.text === '11,000')).toHaveLength(2);
  });

  it('counts small word numbers, as news annotation does', () => {
    expect(found).toContainEqual(expect.objectContaining({ text: 'four', value: 4 }));
  });

  it('finds no years, dates or ordinals', () => {
    const texts = found.map((q) => q.text);
    for (const notQuantity of ['2014', '2022', '2025', 'first', 'second']) expect(texts).not.toContain(notQuantity);
  });
});
