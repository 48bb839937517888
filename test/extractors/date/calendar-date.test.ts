import { describe, expect, it } from 'vitest';
import { dateAt, values } from './helpers.js';

const REF = '2025-02-20';

describe('calendar-date', () => {
  it('reads day-month-year and month-day-year', () => {
    expect(values('The treaty was signed on 3 March 2024 in Geneva.', REF)).toEqual(['3 March 2024 → 2024-03-03']);
    expect(values('The treaty was signed on March 3, 2024, in Geneva.', REF)).toEqual(['March 3, 2024 → 2024-03-03']);
  });

  it('reads a month with its year', () => {
    expect(values('Prices rose in February 2025.', REF)).toEqual(['February 2025 → 2025-02']);
  });

  it('anchors an abbreviated month and day to the reference year, by tense', () => {
    expect(dateAt('The plant closed on Aug. 7 after the flood.', 'Aug. 7', '1998-08-13')?.value).toBe('1998-08-07');
    expect(dateAt('The court will rule on Jan. 14.', 'Jan. 14', '2000-01-06')?.value).toBe('2000-01-14');
    expect(dateAt('The boat was found on Nov. 25 off the coast.', 'Nov. 25', '2000-01-07')?.value).toBe('1999-11-25');
  });

  it('keeps a weekday written before the date in the same expression', () => {
    expect(dateAt('He came home on Friday, Oct. 23.', 'Friday, Oct. 23', '1998-11-21')?.value).toBe('1998-10-23');
  });

  it('takes a bare month after a word that introduces a time', () => {
    expect(dateAt('The summit is expected in April.', 'April', '1998-12-05')?.value).toBe('1999-04');
    expect(dateAt('The car was found in December at the airport.', 'December', '1999-04-10')?.value).toBe('1998-12');
  });

  it('reads `April next year` as one month', () => {
    expect(values('They will join in April next year.', '1998-12-03')).toEqual(['April next year → 1999-04']);
  });

  it('does not take May the modal, March the verb, or a name', () => {
    expect(values('Russia may reward its ally. Protesters March on the capital.', REF)).toEqual([]);
    expect(values('Officials say April Ryan asked the question.', REF)).toEqual([]);
  });
});

describe('following-day', () => {
  it('reads the second day of `April 24 and 25` in the same month', () => {
    expect(values('The summit runs on April 24 and 25.', '1999-02-10')).toEqual(['April 24 → 1999-04-24', '25 → 1999-04-25']);
  });
});
