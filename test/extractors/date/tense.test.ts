import { describe, expect, it } from 'vitest';
import { dateAt } from './helpers.js';

// 2021-06-12 is a Saturday: the Thursday before is June 10, the one after June 17.
const REF = '2021-06-12';
const valueOf = (text: string, span: string, ref = REF) => dateAt(text, span, ref)?.value;

describe('the tense that anchors a weekday or a month', () => {
  it('reads `would` + verb as the future of a reported plan', () => {
    expect(valueOf('The minister said the delegation would arrive in the capital Thursday.', 'Thursday')).toBe('2021-06-17');
    // near miss: `would not comment` tells nothing about the date
    expect(valueOf('The ministry would not comment Thursday.', 'Thursday')).toBe('2021-06-10');
  });

  it('reads a present intention or schedule after the date as the future', () => {
    expect(valueOf('On Thursday, the union plans to march on the capital.', 'Thursday')).toBe('2021-06-17');
    expect(valueOf('On Thursday, the board is scheduled to vote.', 'Thursday')).toBe('2021-06-17');
    // near miss: a plan already carried out
    expect(valueOf('On Thursday, the union planned a march.', 'Thursday')).toBe('2021-06-10');
  });

  it('reads `until` + a past perfect as the past', () => {
    expect(valueOf('Until Thursday, the police had not named a suspect.', 'Thursday')).toBe('2021-06-10');
    // near miss: a plain `until` is a deadline ahead
    expect(valueOf('The bridge stays shut until Thursday.', 'Thursday')).toBe('2021-06-17');
  });

  it('reads a possessive date by its own noun, not by the future of the verb before it', () => {
    expect(valueOf("The growers will appeal Thursday's ruling.", 'Thursday')).toBe('2021-06-10');
    // near miss: without the possessive the date is the appeal's
    expect(valueOf('The growers will appeal on Thursday.', 'Thursday')).toBe('2021-06-17');
  });

  it('reads a date that opens its sentence by the main verb, however far on', () => {
    const past = 'In January, a few weeks after the long holiday season at the coast and in the hills, a storm flooded the old harbour.';
    expect(valueOf(past, 'January', '2021-11-05')).toBe('2021-01');
    // near miss: the same sentence in the future points ahead
    expect(valueOf(past.replace('a storm flooded', 'a storm will flood'), 'January', '2021-11-05')).toBe('2022-01');
  });

  it('reads `from` + a month with a verb in the simple present as a schedule', () => {
    expect(valueOf('The law, which parliament passed last week, takes effect from January.', 'January', '2024-11-14')).toBe('2025-01');
    // near miss: in the past tense it is a start behind us
    expect(valueOf('The law, which parliament passed last week, took effect from January.', 'January', '2024-11-14')).toBe('2024-01');
  });
});
