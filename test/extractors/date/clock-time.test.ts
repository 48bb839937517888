import { describe, expect, it } from 'vitest';
import { dateAt, values } from './helpers.js';

describe('clock-time and anchor-times', () => {
  it('reads a clock time on the reference day', () => {
    expect(values('The blast came at 8:30 a.m. in the capital.', '1998-08-07')).toEqual(['8:30 a.m. → 1998-08-07T08:30']);
  });

  it('takes its day from a weekday beside it, as one TIME', () => {
    const fact = dateAt('The deadline was extended until 9 a.m. EST Tuesday.', '9 a.m. EST Tuesday', '2000-04-03');
    expect([fact?.value, fact?.type]).toEqual(['2000-04-04T09:00', 'TIME']);
  });

  it('reads noon and `4 in the morning`', () => {
    expect(values('He leaves at 4 in the morning and lands by noon.', '2000-04-05')).toEqual([
      '4 in the morning → 2000-04-05T04:00', 'noon → 2000-04-05T12:00',
    ]);
  });

  it('does not read `High Noon` or a ratio', () => {
    expect(values('They watched High Noon; the vote was 10:4.', '2000-04-05')).toEqual([]);
  });
});
