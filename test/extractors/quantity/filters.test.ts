import { describe, expect, it } from 'vitest';
import { quantities } from './helpers.js';

const texts = (text: string) => quantities(text).map((q) => q.text);

describe('dropNonQuantities: numbers that count nothing', () => {
  it('drops years and days used as time', () => {
    expect(texts('In 2014 the war began; on 3 March 2019 it spread, and by March 9 it was over.')).toEqual([]);
  });
  it('keeps a year-shaped count with a qualifier or a unit', () => {
    expect(texts('About 2000 people walked 1900 km.')).toEqual(['2000', '1900']);
  });
  it('drops times of day', () => {
    expect(texts('We met at 10.45pm, then at 12:30 and at 2 p.m.')).toEqual([]);
  });
  it('drops ordinals and numbers glued to words', () => {
    expect(texts('the 22nd amendment, the 49ers, in the 1990s')).toEqual([]);
  });
  it('drops numbers in names and codes', () => {
    expect(texts('COVID-19 hit the F-16 plant; the S&P 500 fell and the new iPhone 12 sold.')).toEqual([]);
    expect(texts('It ran; Windows 10 shipped after World War 2.')).toEqual([]);
  });
  it('drops labels, also in a list', () => {
    expect(texts('See Section 12 and category 4 of the rules.')).toEqual([]);
    expect(texts('It was measured at stages 2, 4 and 6.')).toEqual([]);
    expect(texts('Last week 300 people were arrested.')).toEqual(['300']);
  });
  it('drops a small bare number alone in brackets (a reference) but keeps one with a unit', () => {
    expect(texts('as shown before (12), the wall is (3 m) thick')).toEqual(['3']);
  });
  it('drops street numbers', () => {
    expect(texts('She lives at 12 Elm Road with 3 cats.')).toEqual(['3']);
  });
  it('drops phone numbers, web and e-mail addresses', () => {
    expect(texts('Call +1 555-123-4567 today.')).toEqual([]);
    expect(texts('See https://example.org/report-2024/page3?id=77 or mail desk42@example.org about 5 cases.')).toEqual(['5']);
  });
  it('drops `one` used as a pronoun but keeps the number', () => {
    expect(texts('Which one do you like? One of the two.')).toEqual(['One', 'two']);
  });
  it('drops unit exponents and measurement errors', () => {
    expect(texts('a rate of 4e14 s-1 with 2.5±0.1 g')).toEqual(['4e14', '2.5']);
  });
});
