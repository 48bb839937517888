import { describe, expect, it } from 'vitest';
import { dateAt, values } from './helpers.js';

describe('clock-time and anchor-times', () => {
  it('reads a clock time on the reference day', () => {
    expect(values('The market opens at 8:30 a.m. sharp.', '2021-06-07')).toEqual(['8:30 a.m. → 2021-06-07T08:30']);
  });

  it('takes its day from a weekday beside it, as one TIME', () => {
    const fact = dateAt('The offer stands until 5 p.m. GMT Thursday.', '5 p.m. GMT Thursday', '2021-06-07');
    expect([fact?.value, fact?.type]).toEqual(['2021-06-10T17:00', 'TIME']);
  });

  it('reads noon and `5 in the morning`', () => {
    expect(values('The ferry sails at 5 in the morning and docks by noon.', '2021-06-07')).toEqual([
      '5 in the morning → 2021-06-07T05:00', 'noon → 2021-06-07T12:00',
    ]);
  });

  it('does not read `high noon` or a ratio', () => {
    expect(values('It was high noon for the party; the vote was 10:4.', '2021-06-07')).toEqual([]);
  });
});
