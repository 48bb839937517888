import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract.js';
import type { LocationFact } from '../../../src/types.js';

const texts = (text: string) => (extract(text, { kinds: ['location'] }) as LocationFact[]).map((f) => f.text);

describe('teams in results tables and fixtures are not places', () => {
  it('drops a town followed by a score', () => {
    expect(texts('Results: Wigan 42 Bradford 36 , Leeds 12 Hull 8 .')).not.toContain('Wigan');
  });
  it('drops towns either side of `v`', () => {
    expect(texts('Postponed: Leeds v Derby.')).toEqual([]);
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
    expect(texts('Kent beat Durham by 96 runs on Friday. Earlier, Durham had looked strong.')).toEqual([]);
  });
  it('keeps a town the article places something in, though it names a team elsewhere: `in Durham`', () => {
    expect(texts('Kent beat Durham by 96 runs. The next game is in Durham.')).toEqual(['Durham']);
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
  it('drops the opponent in a fixture list and a side with a second innings: `May 17 v Durham`, `Kent 291 and 88-4`', () => {
    expect(texts('Tour dates\nMay 17 v Durham\nMay 18 v Kent')).toEqual([]);
    expect(texts('Scores: Kent 291 and 88-4 .')).toEqual([]);
  });
  it('drops a side after `victory over`', () => {
    expect(texts('They cruised to a 41-17 victory over Bedford on Saturday.')).toEqual([]);
  });
  it('drops a player or club given with its country in brackets, but keeps the country', () => {
    expect(texts('Ann Lowe ( Australia ) beat Rosa Diaz ( Peru ) 2-1')).toEqual(['Australia', 'Peru']);
  });
});

describe('sides named in match reports written as prose', () => {
  it('drops a town after a club word, but keeps a town with an ordinary word before it', () => {
    expect(texts('Fans of Dynamo Kiev sang for an hour.')).not.toContain('Kiev');
    expect(texts('The standard of living in Kiev rose.')).toEqual(['Kiev']);
    expect(texts('FLOODS HIT CITIES SUCH AS PARIS .')).toEqual(['PARIS']);
  });
  it('drops a town before a British club word and a score, but keeps it when no score follows (`Bolton Wanderers means`)', () => {
    expect(texts('Results\nLincoln 2 Bristol Rovers 1\nThe end.')).not.toContain('Bristol');
    expect(texts('A loss to Bolton Wanderers means the race is open.')).toContain('Bolton');
  });
  it('drops a town before a player\'s role, shared or after a nationality, but keeps one before its police or a county manager', () => {
    expect(texts('Kent captain Mark Ealham was out first ball.')).toEqual([]);
    expect(texts('The former Coventry and Portsmouth striker signed a new deal.')).toEqual([]);
    expect(texts('Derbyshire \'s Australian captain spoke first.')).toEqual(['Australian']);
    expect(texts('Surrey police said the road would close.')).toEqual(['Surrey']);
    expect(texts('Marion County manager Dale Reyes said the road would close.')).toEqual(['Marion County']);
  });
  it('drops a town before a team\'s nickname in a sentence with a score and a result, and the town elsewhere in the report', () => {
    expect(texts('The Denver Broncos beat the Jets 24-17 on Sunday. Denver has won five straight.')).toEqual([]);
  });
  it('keeps a town before a newspaper\'s name, or a nickname with no game result in the sentence', () => {
    expect(texts('The Denver Post said the Broncos won 24-17.')).toEqual(['Denver']);
    expect(texts('The Denver Broncos franchise was sold for a record sum.')).toEqual(['Denver']);
    expect(texts('The Ohio Democrats won the vote 60-40 on Tuesday.')).toEqual(['Ohio']);
  });
  it('drops a county side from its innings: a total reached, or bowled out for a total', () => {
    expect(texts('Hampshire reached 310 and took a lead of 40.')).toEqual([]);
    expect(texts('Their seamers helped dismiss Taunton for 167 on Friday.')).toEqual([]);
  });
  it('keeps a town with a count after it, or brought to a percentage', () => {
    expect(texts('Hampshire reached 310 homes with the new service.')).toEqual(['Hampshire']);
    expect(texts('The storm took Taunton to 80 percent of its annual rainfall.')).toEqual(['Taunton']);
  });
  it('drops the side in a `match against`, but keeps a place after `protest against`', () => {
    expect(texts('Rain ruined their match against Taunton on Friday.')).toEqual([]);
    expect(texts('Thousands joined the protest against Taunton council plans.')).toEqual(['Taunton']);
  });
});

describe('sides in a match report: results, roles, transfers and divisions', () => {
  it('drops a side that `, who thrashed` another, but keeps towns in a relative clause about living there', () => {
    expect(texts('Lyon , who thrashed Metz on Friday, lead the table.')).toEqual([]);
    expect(texts('Lyon, who lived in Metz, lead the survey.')).toEqual(['Lyon', 'Metz']);
  });
  it('drops the winners of a match: `Cardiff , 30-12 winners over Swansea`', () => {
    expect(texts('Cardiff , 30-12 winners over Swansea , stay top.')).toEqual([]);
  });
  it('drops a town before `forward` and a player\'s name, but keeps `moves Toulouse forward`', () => {
    expect(texts('Toulouse forward Jean Blanc scored twice.')).toEqual([]);
    expect(texts('The plan moves Toulouse forward on trade.')).toEqual(['Toulouse']);
  });
  it('drops the club a player played for, but keeps a town before a noun: `played for Lyon audiences`', () => {
    expect(texts('He played for Lyon and Marseille before retiring.')).toEqual(['Marseille']);
    expect(texts('He played for Lyon audiences before retiring.')).toEqual(['Lyon']);
  });
  it('drops the clubs of a transfer, for a fee or from another club, but keeps a town someone joined as a teacher', () => {
    expect(texts('He joined Lyon for 8 million francs last year.')).toEqual([]);
    expect(texts('He joined Lyon from Marseille in a big deal.')).toEqual([]);
    expect(texts('He joined Lyon as a teacher in 1990.')).toEqual(['Lyon']);
  });
  it('drops a club called a side of its division, but keeps `the Metz side of the river`', () => {
    expect(texts('He will coach second division side Metz from Monday.')).toEqual([]);
    expect(texts('The troops reached the Metz side of the river.')).toEqual(['Metz']);
  });
  it('drops a side that needs another total: `Yorkshire need another 148 with five wickets in hand`', () => {
    expect(texts('Yorkshire need another 148 with five wickets in hand.')).toEqual([]);
  });
});

describe('headings of a standings table', () => {
  it('drops a region\'s name heading a group of a standings table, but keeps it heading prose', () => {
    expect(texts('NATIONAL LEAGUE\nCENTRAL DIVISION\nW L PCT GB\nHOUSTON 72 63 .533 -')).toEqual([]);
    expect(texts('Storm report\nCentral Division\nRoads were closed across the region.')).toEqual(['Central Division']);
  });
});

describe('sides of a fixture list and entrants of a results list', () => {
  it('drops every side of a fixture\'s choice of opponents, but keeps towns joined by `or` in prose', () => {
    expect(texts('Tour dates\nJune 3-5 v Durham or Kent or Essex ( three days )')).toEqual([]);
    expect(texts('The ferry sails to Dover or Leeds each morning.')).toEqual(['Dover', 'Leeds']);
  });
  it('drops the place of a cricket eleven\'s owner: `Earl of Derby \'s XI`, but keeps the title alone', () => {
    expect(texts('May 15 v Earl of Derby \'s XI ( at Taunton )')).toEqual(['Taunton']);
    expect(texts('Earl of Derby wins.')).toEqual(['Derby']);
  });
  it('drops a given name before a surname and a country in brackets, but keeps the country', () => {
    expect(texts('1. Dale Reyes ( U.S. ) 47.91 seconds')).toEqual(['U.S.']);
  });
});

describe('US sides in game reports', () => {
  it('drops a city before its player\'s win-loss record, but keeps it before its mayor', () => {
    expect(texts("Kevin Foster outdueled Denver 's Tom Hale ( 11-7 ) on Friday.")).toEqual([]);
    expect(texts("Denver 's mayor Tom Hancock ( D ) spoke.")).toEqual(['Denver']);
  });
  it('drops a city with a run of results, but keeps one that won awards', () => {
    expect(texts('Denver has won 10 of its last 15.')).toEqual([]);
    expect(texts('Denver has won 10 of the 12 awards.')).toEqual(['Denver']);
  });
});
