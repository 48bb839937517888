import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dates } from './helpers.js';

const article = readFileSync(new URL('../../../fixtures/north-korea-troops-kursk.txt', import.meta.url), 'utf8');

describe('the seed article against a 2025-02-20 reference date', () => {
  const found = dates(article, '2025-02-20');
  const summary = found.map((f) => [f.text, f.value, f.type, f.mod ?? '']);

  it('gives each of its dates its TIMEX3 value', () => {
    expect(summary).toEqual(expect.arrayContaining([
      ['February 2025', '2025-02', 'DATE', ''],
      ['early February 2025', '2025-02', 'DATE', 'START'],
      ['a monthlong', 'P1M', 'DURATION', 'APPROX'],
      ['the first week of February', '2025-W6', 'DATE', ''],
      ['2014', '2014', 'DATE', ''],
      ['2022', '2022', 'DATE', ''],
    ]));
  });

  it('reads `between January and February` as two months, and `in January` as January 2025', () => {
    const januaries = found.filter((f) => f.text === 'January');
    expect(januaries.length).toBe(3);
    expect(januaries.every((f) => f.value === '2025-01')).toBe(true);
    expect(found.find((f) => f.text === 'February')?.value).toBe('2025-02');
  });

  it('raises no alarm on `a second wave`, `may reward` or plain numbers', () => {
    const texts = found.map((f) => f.text);
    expect(texts.some((t) => /second|may|1,000|11,000|300/i.test(t))).toBe(false);
  });

  it('keeps exact offsets', () => {
    for (const f of found) expect(article.slice(f.start, f.end)).toBe(f.text);
  });

  it('without a reference date, leaves the unknown year as XXXX but borrows a stated one in a range', () => {
    const bare = dates(article);
    expect(bare.find((f) => f.text === 'the first week of February')?.value).toBe('XXXX-02');
    const range = article.indexOf('between January and February 2025');
    expect(bare.find((f) => f.start === range + 'between '.length)?.value).toBe('2025-01');
  });
});
