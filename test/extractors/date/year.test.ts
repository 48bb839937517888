import { describe, expect, it } from 'vitest';
import { values } from './helpers.js';

describe('year', () => {
  it('reads a year used as a time', () => {
    expect(values('The conflict began in 2014 and widened with the 2022 invasion.')).toEqual(['2014 → 2014', '2022 → 2022']);
  });

  it('reads `the 1992 protests` and `post-1959`', () => {
    expect(values('Many who led the 1992 protests left; post-1959 politics split families.')).toEqual(['1992 → 1992', 'post-1959 → 1959']);
  });

  it('reads each year of a list', () => {
    expect(values('Kilns were fired in 1994, 1995 and 1997.')).toEqual(['1994 → 1994', '1995 → 1995', '1997 → 1997']);
  });

  it('does not read counts, money, percentages or numbers with separators', () => {
    expect(values('About 2000 people paid $1999 each; turnout was 2014% of 1,999.')).toEqual([]);
    expect(values('The tally rose to 3,2014 on one count and No. 1998 on another.')).toEqual([]);
  });
});
