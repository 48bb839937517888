import { describe, expect, it } from 'vitest';
import { values } from './helpers.js';

describe('holiday', () => {
  it('reads holidays with a fixed or computed date', () => {
    expect(values('The bridge reopened on Thanksgiving Day.', '2021-01-07')).toEqual(['Thanksgiving Day → 2020-11-26']);
    expect(values('Shops closed on Christmas 2024.')).toEqual(['Christmas 2024 → 2024-12-25']);
    expect(values('Easter 2000 fell late.')).toEqual(['Easter 2000 → 2000-04-23']);
  });

  it('reads `Easter week` as the ISO week of Easter, the nearer one when tense and distance disagree', () => {
    expect(values('Pilgrims arrived as Easter week opened.', '2021-03-29')).toEqual(['Easter week → 2021-W13']);
  });

  it('does not read `Election` without `Day`', () => {
    expect(values('The Election Commission met.', '2021-10-26')).toEqual([]);
  });
});
