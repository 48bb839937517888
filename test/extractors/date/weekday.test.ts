import { describe, expect, it } from 'vitest';
import { dateAt, values } from './helpers.js';

// 1998-08-08 is a Saturday.
const REF = '1998-08-08';

describe('weekday', () => {
  it('reads a weekday in a past-tense clause as the one before the reference', () => {
    expect(values('Bombs exploded outside the embassies Friday.', REF)).toEqual(['Friday → 1998-08-07']);
  });

  it('reads a weekday in a future clause as the one after', () => {
    expect(values('The envoy will arrive Tuesday.', REF)).toEqual(['Tuesday → 1998-08-11']);
    expect(values('Protesters planned a march on Monday.', REF)).toEqual(['Monday → 1998-08-10']);
  });

  it('reads the reference weekday as the reference day', () => {
    expect(values('Officials said Saturday the toll had risen.', REF)).toEqual(['Saturday → 1998-08-08']);
  });

  it('reads last and next', () => {
    expect(values('He spoke last Wednesday and speaks again next Wednesday.', REF)).toEqual(['last Wednesday → 1998-08-05', 'next Wednesday → 1998-08-12']);
  });

  it('keeps a part of the day and a possessive in the span, the day in the value', () => {
    expect(dateAt('The rally began Friday night.', 'Friday night', REF)?.value).toBe('1998-08-07');
    expect(dateAt("Friday's blast shook the city.", "Friday's", REF)?.value).toBe('1998-08-07');
  });

  it('does not read newspaper names', () => {
    expect(values('The Sunday Times reported the deal.', REF)).toEqual([]);
  });

  it('without a reference, gives the TIMEX3 unknown week', () => {
    expect(values('Bombs exploded Friday.')).toEqual(['Friday → XXXX-WXX-5']);
  });
});
