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
    expect(values('They have talked since June of 2018.', REF)).toEqual(['June of 2018 → 2018-06']);
  });

  it('anchors an abbreviated month and day to the reference year, by tense', () => {
    expect(dateAt('The plant closed on Sept. 9 after the flood.', 'Sept. 9', '2019-09-16')?.value).toBe('2019-09-09');
    expect(dateAt('The court will rule on Feb. 2.', 'Feb. 2', '2019-01-20')?.value).toBe('2019-02-02');
    expect(dateAt('The yacht was found on Dec. 12 off the cape.', 'Dec. 12', '2019-01-20')?.value).toBe('2018-12-12');
  });

  it('keeps a weekday written before the date in the same expression', () => {
    expect(dateAt('She flew home on Monday, June 3.', 'Monday, June 3', '2019-06-20')?.value).toBe('2019-06-03');
  });

  it('reads `last`, `this` and `next` with a month as part of the expression, counted from the reference month', () => {
    expect(values('The mill shut last November.', REF)).toEqual(['last November → 2024-11']);
    expect(values('The mill shut last February.', REF)).toEqual(['last February → 2024-02']);
    expect(values('The mill reopens next April.', REF)).toEqual(['next April → 2025-04']);
    // near miss: with a day, `last` stays outside and the date is the expression
    expect(values('The mill shut last Oct. 23.', REF)).toEqual(['Oct. 23 → 2024-10-23']);
  });

  it('takes a bare month after a word that introduces a time', () => {
    expect(dateAt('The vote is expected in June.', 'June', '2018-11-05')?.value).toBe('2019-06');
    expect(dateAt('The van was towed in October from the depot.', 'October', '2019-03-10')?.value).toBe('2018-10');
  });

  it('reads `April next year` as one month', () => {
    expect(values('They will merge in June next year.', '2018-11-03')).toEqual(['June next year → 2019-06']);
  });

  it('does not take May the modal, March the verb, or a name', () => {
    expect(values('Russia may reward its ally. Protesters March on the capital.', REF)).toEqual([]);
    expect(values('Officials say April Ryan asked the question.', REF)).toEqual([]);
  });
});

describe('following-day', () => {
  it('reads the second day of `July 6 and 7` in the same month', () => {
    expect(values('The fair runs on July 6 and 7.', '2019-05-10')).toEqual(['July 6 → 2019-07-06', '7 → 2019-07-07']);
  });
});
