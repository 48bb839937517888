import { describe, expect, it } from 'vitest';
import { dateAt, values } from './helpers.js';

describe('decade and century', () => {
  it('reads decades as 199X', () => {
    expect(values('Prices fell in the 1990s and rose in the 80s.').slice(0, 1)).toEqual(['1990s → 199X']);
    expect(dateAt("Hits of the '80s returned.", "'80s")?.value).toBe('198X');
  });

  it('gives `early` its START mod, outside the span', () => {
    const fact = dateAt('Relations eased in the early 1990s.', '1990s');
    expect([fact?.value, fact?.mod]).toEqual(['199X', 'START']);
  });

  it('reads ordinal centuries', () => {
    expect(values('The church dates from the 12th century.')).toEqual(['12th century → 11']);
  });

  it('does not read money or plain plurals of numbers', () => {
    expect(values('They paid $1990s-style prices.')).toEqual([]);
  });
});
