import { describe, expect, it } from 'vitest';
import { values } from './helpers.js';

describe('holiday', () => {
  it('reads holidays with a fixed or computed date', () => {
    expect(values('He was rescued on Thanksgiving Day.', '2000-01-07')).toEqual(['Thanksgiving Day → 1999-11-25']);
    expect(values('Shops closed on Christmas 2024.')).toEqual(['Christmas 2024 → 2024-12-25']);
    expect(values('Easter 2000 fell late.')).toEqual(['Easter 2000 → 2000-04-23']);
  });

  it('does not read `Election` without `Day`', () => {
    expect(values('The Election Commission met.', '1998-10-26')).toEqual([]);
  });
});
