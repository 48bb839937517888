import { describe, expect, it } from 'vitest';
import { numbersRule } from '../../../src/extractors/quantity/rules/numbers.js';

/** The numbers the grammar reads in a text, as [text, value]. */
const read = (text: string) => numbersRule(text).map((c) => [c.text, c.value]);

describe('number grammar: words and digits composed into one number', () => {
  it('reads digits with separators, decimals, signs and fractions', () => {
    expect(read('We counted 11,000 and 1.5 and -5 and .25 and 3/4 of them.')).toEqual([
      ['11,000', 11000], ['1.5', 1.5], ['-5', -5], ['.25', 0.25], ['3/4', 0.75],
    ]);
  });

  it('reads number words with hundreds, scales and hyphens', () => {
    expect(read('eleven thousand people')).toEqual([['eleven thousand', 11000]]);
    expect(read('one hundred and six boats')).toEqual([['one hundred and six', 106]]);
    expect(read('twenty-one trillion and three hundred')).toEqual([['twenty-one trillion and three hundred', 21000000000300]]);
  });

  it('reads a digit numeral with a scale word', () => {
    expect(read('a budget of 1.5 million')).toEqual([['1.5 million', 1500000]]);
    expect(read('4 thousand 3 hundred and 21 coins')).toEqual([['4 thousand 3 hundred and 21', 4321]]);
  });

  it('reads dozens, halves and fractions', () => {
    expect(read('half a dozen eggs')).toEqual([['half a dozen', 6]]);
    expect(read('half a million voters')).toEqual([['half a million', 500000]]);
    expect(read('two thirds of a million')).toEqual([['two thirds of a million', 2000000 / 3]]);
    expect(read('three and a half hours')).toEqual([['three and a half', 3.5]]);
    expect(read('one million and a half')).toEqual([['one million and a half', 1500000]]);
    expect(read('one twenty-fifth')).toEqual([['one twenty-fifth', 0.04]]);
  });

  it('reads a decimal point in words', () => {
    expect(read('two hundred point zero three')).toEqual([['two hundred point zero three', 200.03]]);
  });

  it('keeps apart numbers that only stand next to each other', () => {
    expect(read('300 dead and 2,700 injured')).toEqual([['300', 300], ['2,700', 2700]]);
    expect(read('eight or nine')).toEqual([['eight', 8], ['nine', 9]]);
    expect(read('3 hundred and 2 hundred')).toEqual([['3 hundred', 300], ['2 hundred', 200]]);
  });

  it('does not read ordinals or a lone article as numbers', () => {
    expect(read('the first week of a second wave')).toEqual([]);
  });

  it('needs a plural denominator after a numerator above one', () => {
    expect(read('the 2019 quarter')).toEqual([['2019', 2019]]);
    expect(read('three quarters')).toEqual([['three quarters', 0.75]]);
  });
});
