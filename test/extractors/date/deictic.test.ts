import { describe, expect, it } from 'vitest';
import { values } from './helpers.js';

describe('deictic', () => {
  it('reads today, yesterday, tomorrow and tonight from the reference', () => {
    expect(values('Talks ended yesterday, resume today and close tomorrow.', '2025-02-20')).toEqual([
      'yesterday → 2025-02-19', 'today → 2025-02-20', 'tomorrow → 2025-02-21',
    ]);
    expect(values('The vote is tonight.', '2025-02-20')).toEqual(['tonight → 2025-02-20']);
  });

  it('reads last night as the day before', () => {
    expect(values('Shelling resumed last night.', '2025-02-20')).toEqual(['last night → 2025-02-19']);
  });

  it('does not read the words inside others', () => {
    expect(values('Todays and Nowhere are not dates.', '2025-02-20')).toEqual([]);
  });
});
