import { describe, expect, it } from 'vitest';
import { dateAt, values } from './helpers.js';

describe('ago', () => {
  it('reads `two years ago` as the year two before the reference, at the unit’s granularity', () => {
    expect(values('The plant closed two years ago.', '2025-02-20')).toEqual(['two years ago → 2023']);
    expect(values('The rifle was found 11 days ago.', '1999-04-19')).toEqual(['11 days ago → 1999-04-08']);
    expect(values('He left two months ago.', '2000-01-28')).toEqual(['two months ago → 1999-11']);
    expect(values('It sank six weeks ago.', '2000-01-06')).toEqual(['six weeks ago → 1999-W47']);
  });

  it('reads a decade ago as the decade', () => {
    expect(values('A decade ago the wall fell.', '1999-03-12')).toEqual(['A decade ago → 198X']);
  });

  it('gives `about` and `almost` their mods, outside the span', () => {
    const fact = dateAt('The war ended almost four years ago.', 'four years ago', '1999-03-12');
    expect([fact?.value, fact?.mod]).toEqual(['1995', 'LESS_THAN']);
  });

  it('does not resolve a vague count', () => {
    expect(values('They met several years ago.', '2025-02-20')).toEqual(['several years ago → PAST_REF']);
  });
});
