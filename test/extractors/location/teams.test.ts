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

describe('sides named in match reports, fixtures and results rows', () => {
  it('drops towns either side of a result verb, and the same names elsewhere in the article', () => {
    expect(texts('Kent beat Durham by 141 runs on Friday. Earlier, Durham had looked strong.')).toEqual([]);
  });
  it('keeps a town the article places something in, though it names a team elsewhere: `in Durham`', () => {
    expect(texts('Kent beat Durham by 141 runs. The next game is in Durham.')).toEqual(['Durham']);
  });
  it('drops the visiting side of a fixture line but keeps the home town, where the game is played', () => {
    expect(texts('SCHEDULE\nBOSTON AT OAKLAND\nNext line.')).toEqual(['OAKLAND']);
  });
  it('drops a state in a results row: `Detroit 4 Minnesota 6`', () => {
    expect(texts('Results\nDetroit 4 Minnesota 6\nThe end.')).not.toContain('Minnesota');
  });
  it('keeps a country in a results row: national sides are named after their country', () => {
    expect(texts('Results\nWales 2 Moldova 0\nThe end.')).toEqual(['Wales', 'Moldova']);
  });
  it('drops the opponent in a fixture list and a side with a second innings: `May 17 v Durham`, `Essex 372 and 100-5`', () => {
    expect(texts('Tour dates\nMay 17 v Durham\nMay 18 v Kent')).toEqual([]);
    expect(texts('Scores: Essex 372 and 100-5 .')).toEqual([]);
  });
  it('drops a side after `victory over`', () => {
    expect(texts('They cruised to a 75-19 victory over Gloucester on Saturday.')).toEqual([]);
  });
  it('drops a player or club given with its country in brackets, but keeps the country', () => {
    expect(texts('Darryn Hill ( Australia ) beat Chris Arrue ( Peru ) 2-0')).toEqual(['Australia', 'Peru']);
  });
});
