import { describe, expect, it } from 'vitest';
import { values } from './helpers.js';

describe('iso-date and slash-date', () => {
  it('reads ISO and US dates', () => {
    expect(values('Filed 2024-03-03, amended 4/15/2024.')).toEqual(['2024-03-03 → 2024-03-03', '4/15/2024 → 2024-04-15']);
  });

  it('does not read impossible dates or scores', () => {
    expect(values('The code 2024-13-45 and the score 3/4 are not dates.')).toEqual([]);
  });
});
