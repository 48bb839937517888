import { describe, expect, it } from 'vitest';
import { values } from './helpers.js';

const REF = '2021-06-12';

describe('anaphoric dates (`that day`, `the next morning`)', () => {
  it('takes the value of the date given before, at the unit named', () => {
    expect(values('The ferry sank in March 2019 and was raised later that year.', REF)).toEqual(['March 2019 → 2019-03', 'later that year → 2019']);
    expect(values('The dam broke on Oct. 4, 2018. Earlier that day, engineers had warned the town.', REF))
      .toEqual(['Oct. 4, 2018 → 2018-10-04', 'Earlier that day → 2018-10-04']);
  });

  it('moves on from it with next, following and previous', () => {
    expect(values('The trial opened on May 3, 2017. The judge adjourned it the next morning.', REF))
      .toEqual(['May 3, 2017 → 2017-05-03', 'the next morning → 2017-05-04']);
    expect(values('The strike began in April 2016 and ended the following month.', REF)).toEqual(['April 2016 → 2016-04', 'the following month → 2016-05']);
  });

  it('leaves the day unknown when the date before named only its month', () => {
    expect(values('The mill closed in August 2015; its owner left that same day.', REF)).toEqual(['August 2015 → 2015-08', 'that same day → 2015-08-XX']);
  });

  it('gives nothing for `that day` with no date before it, nor for `that day of the week`', () => {
    expect(values('Nobody forgot that day.', REF)).toEqual([]);
    expect(values('In June 2020, that day of the week was chosen.', REF)).toEqual(['June 2020 → 2020-06']);
  });

  it('leaves `the next week` to the reference, even after a date', () => {
    expect(values('The dam broke on Oct. 4, 2018. Repairs will take the next week.', REF)).toEqual(['Oct. 4, 2018 → 2018-10-04', 'next week → 2021-W24']);
  });

  it('counts `the next day` from the reference when no date came before', () => {
    expect(values('The results are due the next day.', REF)).toEqual(['the next day → 2021-06-13']);
  });
});

describe('offset-from-date (`the day before` a date)', () => {
  it('moves the date that follows by one unit, in one expression that starts at the unit', () => {
    expect(values("Talks broke down the day before last Tuesday's vote.", REF)).toEqual(['day before last Tuesday → 2021-06-07']);
    expect(values('The shop reopened the week after Christmas 2019.', REF)).toEqual(['week after Christmas 2019 → 2020-W1']);
  });

  it('leaves a counted stretch and a word ending in `day` alone', () => {
    expect(values("Talks broke down two days before last Tuesday's vote.", REF)).toEqual(['two days → P2D', 'last Tuesday → 2021-06-08']);
    expect(values("Her birthday before last Tuesday's vote was quiet.", REF)).toEqual(['last Tuesday → 2021-06-08']);
  });
});
