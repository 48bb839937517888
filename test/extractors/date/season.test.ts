import { describe, expect, it } from 'vitest';
import { values } from './helpers.js';

describe('season', () => {
  it('reads a season with its year', () => {
    expect(values('The dam burst in summer 2023.')).toEqual(['summer 2023 → 2023-SU']);
  });

  it('anchors `last fall` and `this spring` to the reference', () => {
    expect(values('The barn burned last fall.', '2021-04-10')).toEqual(['last fall → 2020-FA']);
    expect(values('Talks resume this spring.', '2021-01-10')).toEqual(['this spring → 2021-SP']);
  });

  it('does not read fall the verb, or the fall of a city', () => {
    expect(values('Prices may fall again after the fall of the regime.', '2021-04-10')).toEqual([]);
  });
});
