import { describe, expect, it } from 'vitest';
import { dateAt, values } from './helpers.js';

describe('counted-duration', () => {
  it('reads counts of units as durations', () => {
    expect(values('After four days and a 9-hour drive she slept 7 1/2 hours.')).toEqual([
      'four days → P4D', '9-hour → PT9H', '7 1/2 hours → PT7H30M',
    ]);
  });

  it('keeps `the past` in the span and reads vague counts as X', () => {
    expect(values('Over the past 15 years and several weeks.')).toEqual(['the past 15 years → P15Y', 'several weeks → PXW']);
  });

  it('reads `a monthlong lull`', () => {
    expect(dateAt('After a monthlong lull, fighting resumed.', 'a monthlong')?.value).toBe('P1M');
  });

  it('does not read ages, ordinals or titles', () => {
    expect(values('A 37-year-old man saw a second wave on 20 Minutes.')).toEqual([]);
  });
});

describe('long-duration and vague-duration', () => {
  it('reads `decades-long` and `for years`', () => {
    expect(values('A decades-long feud has gone on for years.')).toEqual(['decades-long → PXY', 'years → PXY']);
  });

  it('reads `in recent days`', () => {
    expect(values('Fighting eased in recent days.')).toEqual(['recent days → PXD']);
  });
});
