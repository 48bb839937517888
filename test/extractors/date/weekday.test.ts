import { describe, expect, it } from 'vitest';
import { dateAt, dates, values } from './helpers.js';

// 2021-06-12 is a Saturday.
const REF = '2021-06-12';

describe('weekday', () => {
  it('reads a weekday in a past-tense clause as the one before the reference', () => {
    expect(values('Storms flooded the valley Friday.', REF)).toEqual(['Friday → 2021-06-11']);
  });

  it('reads a weekday in a future clause as the one after', () => {
    expect(values('The envoy will arrive Tuesday.', REF)).toEqual(['Tuesday → 2021-06-15']);
    expect(values('Farmers planned a convoy on Monday.', REF)).toEqual(['Monday → 2021-06-14']);
  });

  it('reads a weekday after a forecast as the one after, whatever the verb form', () => {
    expect(values('Meteorologists forecast heavy snow in the passes for Tuesday.', REF)).toEqual(['Tuesday → 2021-06-15']);
    expect(values('The agency is forecasting gales for Sunday.', REF)).toEqual(['Sunday → 2021-06-13']);
    // near miss: a plain past-tense clause still looks back
    expect(values('Snow closed the passes on Tuesday.', REF)).toEqual(['Tuesday → 2021-06-08']);
  });

  it('reads the reference weekday as the reference day', () => {
    expect(values('Officials said Saturday the river had crested.', REF)).toEqual(['Saturday → 2021-06-12']);
  });

  it('reads last and next', () => {
    expect(values('He spoke last Wednesday and speaks again next Wednesday.', REF)).toEqual(['last Wednesday → 2021-06-09', 'next Wednesday → 2021-06-16']);
  });

  it('keeps a part of the day in the span, the day in the value', () => {
    expect(dateAt('The concert began Friday night.', 'Friday night', REF)?.value).toBe('2021-06-11');
  });

  it("leaves a possessive `'s` outside the span", () => {
    expect(values("Friday's storm shook the town.", REF)).toEqual(['Friday → 2021-06-11']);
    expect(values("Crews cleared last Tuesday's snow.", REF)).toEqual(['last Tuesday → 2021-06-08']);
    // near miss: a capitalised word after the possessive does not make it a newspaper
    expect(values("Voters queued for Tuesday's New Town ballot.", REF).map((v) => v.split(' → ')[0])).toEqual(['Tuesday']);
  });

  it('reads a plural weekday as a recurrence', () => {
    expect(dates('The market opens on Sundays.', REF).map((f) => [f.text, f.value, f.type])).toEqual([['Sundays', 'XXXX-WXX-7', 'SET']]);
    // near miss: the singular is one day
    expect(values('The market opened on Sunday.', REF)).toEqual(['Sunday → 2021-06-06']);
  });

  it('does not read newspaper names', () => {
    expect(values('The Sunday Times reported the deal.', REF)).toEqual([]);
  });

  it('without a reference, gives the TIMEX3 unknown week', () => {
    expect(values('Storms hit Friday.')).toEqual(['Friday → XXXX-WXX-5']);
  });
});
