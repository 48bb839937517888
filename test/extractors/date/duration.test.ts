import { describe, expect, it } from 'vitest';
import { dateAt, values } from './helpers.js';

describe('counted-duration', () => {
  it('reads counts of units as durations', () => {
    expect(values('After three days and a 16-hour flight she spent 5 1/2 hours there.')).toEqual([
      'three days → P3D', '16-hour → PT16H', '5 1/2 hours → PT5H30M',
    ]);
  });

  it('keeps `the past` in the span and reads vague counts as X', () => {
    expect(values('Over the past 20 years and several weeks.')).toEqual(['the past 20 years → P20Y', 'several weeks → PXW']);
  });

  it('reads `a monthlong lull`', () => {
    expect(dateAt('After a monthlong lull, fighting resumed.', 'a monthlong')?.value).toBe('P1M');
  });

  it('does not read ages, ordinals or titles', () => {
    expect(values('A 44-year-old man saw a second wave on 60 Minutes.')).toEqual([]);
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
