import { describe, expect, it } from 'vitest';
import { dateAt, values } from './helpers.js';

describe('attach-modifiers', () => {
  it('takes early, late, mid and the end of into the span as START, END, MID', () => {
    expect(dateAt('Troops returned in early February 2025.', 'early February 2025')?.mod).toBe('START');
    expect(dateAt('It froze in late November.', 'late November', '2021-01-06')?.mod).toBe('END');
    expect(dateAt('Talks stalled in mid-March 2024.', 'mid-March 2024')?.mod).toBe('MID');
    expect(dateAt('By the end of 2024, prices fell.', 'the end of 2024')?.mod).toBe('END');
  });

  it('gives about APPROX without taking it into the span', () => {
    const fact = dateAt('He waited about six hours there.', 'six hours');
    expect([fact?.value, fact?.mod]).toEqual(['PT6H', 'APPROX']);
  });
});

describe('shared-year', () => {
  it('gives the first month of a range the year the second one states', () => {
    expect(values('Troops were sent between January and February 2025.')).toEqual(['January → 2025-01', 'February 2025 → 2025-02']);
  });
});

describe('drop-overlaps', () => {
  it('keeps the longest reading', () => {
    expect(values('It happened two years ago.', '2025-02-20')).toEqual(['two years ago → 2023']);
  });
});

describe('stated date', () => {
  it('anchors relative dates to a date the article states at its head when the record has none', () => {
    expect(values('March 3, 2024 — Talks ended yesterday.')).toEqual(['March 3, 2024 → 2024-03-03', 'yesterday → 2024-03-02']);
  });
});

describe('attach-modifiers: spans as TimeBank marks them', () => {
  it('gives `early`/`late` before a year, a decade or a day its mod, outside the span', () => {
    const year = dateAt('Exports slowed in early 2016.', '2016');
    expect([year?.value, year?.mod]).toEqual(['2016', 'START']);
    expect(dateAt('The band toured in the late 1970s.', '1970s')?.mod).toBe('END');
    expect(dateAt('The ferry docked late Monday.', 'Monday', '2021-06-12')?.mod).toBe('END');
    // near miss: before a month it belongs to the expression
    expect(dateAt('The ferry docked in late May 2016.', 'late May 2016')?.mod).toBe('END');
  });

  it('takes `almost`, `more than` into an `ago` expression', () => {
    const fact = dateAt('The bridge opened almost six years ago.', 'almost six years ago', '2021-06-12');
    expect([fact?.value, fact?.mod]).toEqual(['2015', 'LESS_THAN']);
    // near miss: before a stretch of time the qualifier stays outside
    expect(dateAt('The bridge took almost six years.', 'six years')?.mod).toBe('LESS_THAN');
  });
});
