import { describe, expect, it } from 'vitest';
import { values } from './helpers.js';

describe('quarter', () => {
  it('reads Q3 2024 and the third quarter of 2024', () => {
    expect(values('Sales rose in Q3 2024.')).toEqual(['Q3 2024 → 2024-Q3']);
    expect(values('Sales rose in the third quarter of 2024.')).toEqual(['third quarter of 2024 → 2024-Q3']);
  });

  it('anchors a quarter without a year to the reference year, and reads halves', () => {
    expect(values('Profit fell in the first quarter.', '2025-05-02')).toEqual(['first quarter → 2025-Q1']);
    expect(values('Growth slowed in the first half of 2023.')).toEqual(['first half of 2023 → 2023-H1']);
  });

  it('does not read a quarter of a thing', () => {
    expect(values('A quarter of the votes were lost.', '2025-05-02')).toEqual([]);
  });
});
