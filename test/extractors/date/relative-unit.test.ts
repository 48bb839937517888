import { describe, expect, it } from 'vitest';
import { dateAt, dates, values } from './helpers.js';

// 2021-04-06 is a Tuesday of ISO week 14.
const REF = '2021-04-06';

describe('relative-unit', () => {
  it('reads last week, this month, next year from the reference', () => {
    expect(values('Last week talks failed; this month they resume; next year they end.', REF)).toEqual([
      'Last week → 2021-W13', 'this month → 2021-04', 'next year → 2022',
    ]);
  });

  it('reads `last week` as its month when the whole week lies in one month (TimeBank), else as the ISO week', () => {
    // 2021-04-22: last week is April 12-18, all in April
    expect(values('The pier collapsed last week.', '2021-04-22')).toEqual(['last week → 2021-04']);
    // near miss: 2021-04-06: last week is March 29 - April 4, over two months
    expect(values('The pier collapsed last week.', REF)).toEqual(['last week → 2021-W13']);
  });

  it('reads `this year` and `last year`', () => {
    expect(values('Sales fell last year but rose this year.', REF)).toEqual(['last year → 2020', 'this year → 2021']);
  });

  it('reads `the past year` as a duration', () => {
    expect(dateAt('Prices doubled over the past year.', 'past year', REF)?.value).toBe('P1Y');
  });

  it('reads `this century` as the stretch of it, `last century` as the calendar century', () => {
    expect(dateAt('It was the worst flood this century.', 'this century', REF)?.value).toBe('P100Y');
    expect(dateAt('The mill was built last century.', 'last century', REF)?.value).toBe('19');
  });

  it('gives `early this week` its START mod', () => {
    const fact = dateAt('The deal was struck early this week.', 'early this week', REF);
    expect([fact?.value, fact?.mod]).toEqual(['2021-W14', 'START']);
  });

  it('without a reference, falls back to the generic references', () => {
    expect(values('Talks resume next month.')).toEqual(['next month → FUTURE_REF']);
  });
});

describe('the-weekend', () => {
  it('reads `the weekend` as the last weekend', () => {
    expect(values('The parcel arrived at the weekend.', REF)).toEqual(['the weekend → 2021-W13-WE']);
  });

  it('reads `over the weekend` as its stretch, two days', () => {
    expect(dates('The river rose over the weekend.', REF).map((f) => [f.text, f.value, f.type])).toEqual([['the weekend', 'P2D', 'DURATION']]);
  });
});
