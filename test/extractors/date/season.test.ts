import { describe, expect, it } from 'vitest';
import { values } from './helpers.js';

describe('season', () => {
  it('reads a season with its year', () => {
    expect(values('The dam burst in summer 2023.')).toEqual(['summer 2023 → 2023-SU']);
  });

  it('anchors `last fall` and `this spring` to the reference', () => {
    expect(values('He was killed last fall.', '1999-04-10')).toEqual(['last fall → 1998-FA']);
    expect(values('Talks resume this spring.', '1999-01-10')).toEqual(['this spring → 1999-SP']);
  });

  it('does not read fall the verb, or the fall of a city', () => {
    expect(values('Prices may fall again after the fall of the regime.', '1999-04-10')).toEqual([]);
  });
});
