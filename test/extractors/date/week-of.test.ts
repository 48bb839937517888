import { describe, expect, it } from 'vitest';
import { values } from './helpers.js';

describe('week-of-month and week-of-day', () => {
  it('reads the first week of February 2025 as ISO week 6 (holding Feb. 4, the middle of days 1-7)', () => {
    expect(values('Troops returned in the first week of February.', '2025-02-20')).toEqual(['the first week of February → 2025-W6']);
  });

  it('reads the last week of a month', () => {
    expect(values('Talks fail in the last week of March 2024.')).toEqual(['the last week of March 2024 → 2024-W13']);
  });

  it('reads `the week of March 6`', () => {
    expect(values('A hearing is set for the week of May 10.', '2021-04-24')).toEqual(['the week of May 10 → 2021-W19']);
  });

  it('does not read `the first week` of a job', () => {
    expect(values('In the first week of work he quit.', '2021-04-24')).toEqual([]);
  });
});
