import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract.js';
import type { LocationFact } from '../../../src/types.js';

const texts = (text: string) => (extract(text, { kinds: ['location'] }) as LocationFact[]).map((f) => f.text);

describe('teams in results tables and fixtures are not places', () => {
  it('drops a town followed by a score', () => {
    expect(texts('Results: Wigan 42 Bradford 36 , Leeds 12 Hull 8 .')).not.toContain('Wigan');
  });
  it('drops towns either side of `v`', () => {
    expect(texts('Postponed: Walsall v Wrexham.')).toEqual([]);
  });
  it('keeps a town followed by a count of something, a year or a date', () => {
    expect(texts('The mayor of Wigan said 42 homes were flooded.')).toEqual(['Wigan']);
    expect(texts('LONDON 1996-08-30 Prices rose.')).toEqual(['LONDON']);
  });
  it('keeps national sides: a country or state is still named after itself', () => {
    expect(texts('Scotland 15-10 Wales.')).toEqual(['Scotland', 'Wales']);
  });
  it('drops a state in a standings row, where it names a club', () => {
    expect(texts('WESTERN DIVISION\nTEXAS 75 58 .564 -\nSEATTLE 70 63 .526 5')).not.toContain('TEXAS');
  });
});
