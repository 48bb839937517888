import { describe, expect, it } from 'vitest';
import { values } from './helpers.js';

describe('generic-ref', () => {
  it('reads now and currently as PRESENT_REF, previously as PAST_REF, the future as FUTURE_REF', () => {
    expect(values('Troops are now in Kursk, more than previously reported.')).toEqual(['now → PRESENT_REF', 'previously → PAST_REF']);
    expect(values('No one can predict the future.')).toEqual(['the future → FUTURE_REF']);
  });

  it('does not read `nowhere`, or `the past five years` as PAST_REF', () => {
    expect(values('It led nowhere.')).toEqual([]);
    expect(values('Over the past five years prices rose.').map((v) => v.split(' → ')[1])).toEqual(['P5Y']);
  });
});
