import { describe, expect, it } from 'vitest';
import { dateAt, values } from './helpers.js';

describe('ago', () => {
  it('reads `two years ago` as the year two before the reference, at the unit’s granularity', () => {
    expect(values('The plant closed two years ago.', '2025-02-20')).toEqual(['two years ago → 2023']);
    expect(values('The kayak was found 12 days ago.', '2021-06-20')).toEqual(['12 days ago → 2021-06-08']);
    expect(values('He moved two months ago.', '2021-01-28')).toEqual(['two months ago → 2020-11']);
    expect(values('It opened five weeks ago.', '2021-06-20')).toEqual(['five weeks ago → 2021-W19']);
  });

  it('reads a decade ago as the decade', () => {
    expect(values('A decade ago the mine closed.', '2021-03-12')).toEqual(['A decade ago → 201X']);
  });

  it('takes `about` and `almost` into the span, with their mods', () => {
    const fact = dateAt('The strike ended almost three years ago.', 'almost three years ago', '2021-03-12');
    expect([fact?.value, fact?.mod]).toEqual(['2018', 'LESS_THAN']);
  });

  it('does not resolve a vague count', () => {
    expect(values('They met several years ago.', '2025-02-20')).toEqual(['several years ago → PAST_REF']);
  });
});
