import { describe, expect, it } from 'vitest';
import { dateAt, values } from './helpers.js';

// 2000-04-03 is a Monday of ISO week 14.
const REF = '2000-04-03';

describe('relative-unit', () => {
  it('reads last week, this month, next year from the reference', () => {
    expect(values('Last week talks failed; this month they resume; next year they end.', REF)).toEqual([
      'Last week → 2000-W13', 'this month → 2000-04', 'next year → 2001',
    ]);
  });

  it('reads `this year` and `last year`', () => {
    expect(values('Sales fell last year but rose this year.', REF)).toEqual(['last year → 1999', 'this year → 2000']);
  });

  it('reads `the past year` as a duration', () => {
    expect(dateAt('Prices doubled over the past year.', 'past year', REF)?.value).toBe('P1Y');
  });

  it('gives `early this week` its START mod', () => {
    const fact = dateAt('The deal was struck early this week.', 'early this week', REF);
    expect([fact?.value, fact?.mod]).toEqual(['2000-W14', 'START']);
  });

  it('without a reference, falls back to the generic references', () => {
    expect(values('Talks resume next month.')).toEqual(['next month → FUTURE_REF']);
  });
});

describe('the-weekend', () => {
  it('reads `over the weekend` as the last weekend', () => {
    expect(values('The evidence arrived over the weekend.', REF)).toEqual(['the weekend → 2000-W13-WE']);
  });
});
