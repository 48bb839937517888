import { describe, expect, it } from 'vitest';
import { dateAt, values } from './helpers.js';

describe('set-adverb, every-unit, frequency', () => {
  it('reads recurring times as SETs', () => {
    const fact = dateAt('Rallies are held every week.', 'every week');
    expect([fact?.value, fact?.type]).toEqual(['P1W', 'SET']);
    expect(values('They gather daily, report quarterly and vote annually.')).toEqual(['daily → P1D', 'quarterly → P3M', 'annually → P1Y']);
    expect(values('Nurses work 12 hours a day.').slice(-1)).toEqual(['a day → P1D']);
  });

  it('does not read a newspaper called a daily', () => {
    expect(values('The state daily Izvestia printed it.')).toEqual([]);
    expect(values('He spoke on the Morning News Daily show.')).toEqual([]);
  });
});
