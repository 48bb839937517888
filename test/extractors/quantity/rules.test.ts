import { describe, expect, it } from 'vitest';
import { vagueRule } from '../../../src/extractors/quantity/rules/vague.js';
import { findAtoms } from '../../../src/extractors/quantity/atoms.js';
import { foldRule } from '../../../src/extractors/quantity/rules/fold.js';

describe('vagueRule: round plurals give an order of magnitude', () => {
  it('reads `hundreds of` as 100 to 1,000', () => {
    expect(vagueRule('The fire spread over hundreds of acres.').map((c) => c.value)).toEqual([{ low: 100, high: 1000 }]);
  });
  it('reads `tens of millions` as 10 to 100 million', () => {
    expect(vagueRule('It cost tens of millions of dollars.').map((c) => c.value)).toEqual([{ low: 1e7, high: 1e8 }]);
  });
  it('leaves `thousands` alone when nothing is counted', () => {
    expect(vagueRule('By the thousands.')).toEqual([]);
  });
});

describe('atoms: numerals and number words with offsets', () => {
  it('reads scientific notation and glued scales', () => {
    expect(findAtoms('1e10 and 1.3x10^6 and 40k').map((a) => [a.value, a.suffix])).toEqual([
      [1e10, undefined], [1.3e6, undefined], [40, 'k'],
    ]);
  });
  it('reads unicode fractions and space-grouped digits', () => {
    expect(findAtoms('½ cup and 1 414 021 people').map((a) => a.value)).toEqual([0.5, 1414021]);
  });
  it('does not start a numeral inside a word', () => {
    expect(findAtoms('G7 and mk5').filter((a) => a.kind === 'digits')).toEqual([]);
  });
});

describe('foldRule: multiples', () => {
  it('reads `sixfold` and `ten-fold` as the number of times', () => {
    expect(foldRule('Sales grew sixfold, costs ten-fold.').map((c) => [c.text, c.value])).toEqual([['sixfold', 6], ['ten-fold', 10]]);
  });
  it('ignores words that only end in fold', () => {
    expect(foldRule('The manifold and the scaffold.')).toEqual([]);
  });
});
