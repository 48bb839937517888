import { describe, expect, it } from 'vitest';
import { linksOf } from './helpers.js';

describe('who says so (claimedBy)', () => {
  it('links a number to the attribution whose content holds it', () => {
    const text = 'Fire officials said that 12 people died in the blaze.';
    const links = linksOf(text, [{ source: 'Fire officials', cue: 'said', content: 'that 12 people died in the blaze' }, { quantity: '12' }]);
    expect(links['12'].source).toBe('Fire officials');
  });

  it('does not link a number to a statement in another sentence', () => {
    const text = '12 people died in the blaze. Fire officials said the building had no alarms.';
    const links = linksOf(text, [{ quantity: '12' }, { source: 'Fire officials', cue: 'said', content: 'the building had no alarms' }]);
    expect(links['12'].source).toBeUndefined();
  });

  it('gives a number inside a quoted report to the innermost speaker', () => {
    const text = 'The ministry said the mayor had claimed that 40 buildings were destroyed.';
    const links = linksOf(text, [
      { source: 'The ministry', cue: 'said', content: 'the mayor had claimed that 40 buildings were destroyed' },
      { source: 'the mayor', cue: 'had claimed', content: 'that 40 buildings were destroyed' },
      { quantity: '40' },
    ]);
    expect(links['40'].source).toBe('the mayor');
  });

  it('links a number that shares its clause with the cue when the content stops short', () => {
    const text = 'Losses were estimated at 2 million euros by the insurers association.';
    const links = linksOf(text, [{ source: 'the insurers association', cue: 'estimated' }, { quantity: '2 million' }]);
    expect(links['2 million'].source).toBe('the insurers association');
  });

  it('does not carry a cue across a clause boundary', () => {
    const text = 'Losses were estimated by insurers, and 40 homes remain empty.';
    const links = linksOf(text, [{ source: 'insurers', cue: 'estimated' }, { quantity: '40' }]);
    expect(links['40'].source).toBeUndefined();
  });

  it('gives the whole sentence to a source that opens it', () => {
    const text = 'The ministry reported a record year, with 4.2 million visitors.';
    const links = linksOf(text, [{ source: 'The ministry', cue: 'reported', content: 'a record year' }, { quantity: '4.2 million' }]);
    expect(links['4.2 million'].source).toBe('The ministry');
  });

  it('treats an opening "according to X" as the sentence source', () => {
    const text = 'According to the ministry, tourism grew, with 4.2 million visitors.';
    const links = linksOf(text, [{ cue: 'According to', source: 'the ministry', content: 'tourism grew' }, { quantity: '4.2 million' }]);
    expect(links['4.2 million'].source).toBe('the ministry');
  });

  it('does not give it a clause that brings its own subject', () => {
    const text = 'The poll found 24 percent in favour, while 9 percent were opposed.';
    const links = linksOf(text, [{ source: 'The poll', cue: 'found', content: '24 percent in favour' }, { quantity: '24 percent' }, { quantity: '9 percent' }]);
    expect(links['24 percent'].source).toBe('The poll');
    expect(links['9 percent'].source).toBeUndefined();
  });

  it('does not give the sentence to a source that does not open it', () => {
    const text = 'Tourism grew last year, with 4.2 million visitors, as the ministry reported a record.';
    const links = linksOf(text, [{ source: 'the ministry', cue: 'reported', content: 'a record' }, { quantity: '4.2 million' }]);
    expect(links['4.2 million'].source).toBeUndefined();
  });

  it('gives the numbers before a reporting aside to its source', () => {
    const text = 'At least 12 people died in the blaze, fire officials said on Sunday.';
    const links = linksOf(text, [{ quantity: '12' }, { source: 'fire officials', cue: 'said', content: 'on Sunday' }]);
    expect(links['12'].source).toBe('fire officials');
  });

  it('does not give them to an aside that is not a clause of its own', () => {
    const text = 'At least 12 people died in the blaze, and on Sunday fire officials said the alarm failed.';
    const links = linksOf(text, [{ quantity: '12' }, { source: 'fire officials', cue: 'said', content: 'the alarm failed' }]);
    expect(links['12'].source).toBeUndefined();
  });

  it('carries the claimant into a trailing comparison (up from …)', () => {
    const text = 'Cases rose to 212, the institute said on Monday, up from 150 a week earlier.';
    const links = linksOf(text, [{ quantity: '212' }, { source: 'the institute', cue: 'said', content: 'Cases rose to 212' }, { quantity: '150' }]);
    expect(links['150'].source).toBe('the institute');
  });

  it('does not carry it into a clause that merely follows', () => {
    const text = 'Cases rose to 212, the institute said on Monday, and 150 beds remain free.';
    const links = linksOf(text, [{ quantity: '212' }, { source: 'the institute', cue: 'said', content: 'Cases rose to 212' }, { quantity: '150' }]);
    expect(links['150'].source).toBeUndefined();
  });

  it('does not link a number that counts the sources themselves', () => {
    const text = 'Two officials said the talks had stalled.';
    const links = linksOf(text, [{ source: 'Two officials', cue: 'said', content: 'the talks had stalled' }, { quantity: 'Two' }]);
    expect(links.Two.source).toBeUndefined();
  });
});

describe('when and where: clause, then sentence, then paragraph lead', () => {
  it('takes the dates of the number’s own clause first', () => {
    const text = 'In January the agency counted 300 arrivals, and in March it counted 500.';
    const links = linksOf(text, [
      { date: 'January', value: '2025-01' },
      { quantity: '300' },
      { date: 'March', value: '2025-03' },
      { quantity: '500' },
    ]);
    expect(links['300'].when).toEqual(['January']);
    expect(links['500'].when).toEqual(['March']);
  });

  it('falls back to the dates of the sentence', () => {
    const text = 'On Monday, 300 people were evacuated.';
    const links = linksOf(text, [{ date: 'Monday', value: '2025-02-17' }, { quantity: '300' }]);
    expect(links['300'].when).toEqual(['Monday']);
  });

  it('keeps both ends of a period', () => {
    const text = 'Between January and February, about 3,000 troops arrived.';
    const links = linksOf(text, [{ date: 'January', value: '2025-01' }, { date: 'February', value: '2025-02' }, { quantity: '3,000' }]);
    expect(links['3,000'].when).toEqual(['January', 'February']);
  });

  it('does not take a sentence date that belongs to another source’s claim', () => {
    const text = 'Officials estimated 300 dead in January, while the mayor claimed up to 500.';
    const links = linksOf(text, [
      { source: 'Officials', cue: 'estimated', content: '300 dead in January' },
      { quantity: '300' },
      { date: 'January', value: '2025-01' },
      { source: 'the mayor', cue: 'claimed', content: 'up to 500' },
      { quantity: '500' },
    ]);
    expect(links['300']).toMatchObject({ source: 'Officials', when: ['January'] });
    expect(links['500']).toMatchObject({ source: 'the mayor', when: [] });
  });

  it('leaves another number’s dates and places to it', () => {
    const text = 'The union said 1.2 million people marched nationwide, including 400,000 in Paris on Tuesday.';
    const links = linksOf(text, [{ quantity: '1.2 million' }, { quantity: '400,000' }, { place: 'Paris' }, { date: 'Tuesday', value: '2025-01-21' }]);
    expect(links['1.2 million']).toMatchObject({ when: [], where: [] });
    expect(links['400,000']).toMatchObject({ when: ['Tuesday'], where: ['Paris'] });
  });

  it('passes on the place of a lead that holds a single number', () => {
    const text = 'Police detained 32 people in Paris, the prefecture said. Eleven officers were hurt.\n\nEnd.';
    const links = linksOf(text, [{ quantity: '32' }, { place: 'Paris' }, { source: 'the prefecture', cue: 'said' }, { quantity: 'Eleven' }]);
    expect(links.Eleven.where).toEqual(['Paris']);
  });

  it('keeps two sources’ figures apart in one sentence, with the date where it belongs', () => {
    const text = 'The toll – put at 120 dead and 900 hurt by the health ministry in March, with the mayor claiming up to 300 killed – keeps rising.';
    const links = linksOf(text, [
      { cue: 'put at', content: '120 dead and 900 hurt', source: 'the health ministry' },
      { quantity: '120' },
      { quantity: '900' },
      { date: 'March', value: '2025-03' },
      { source: 'the mayor', cue: 'claiming', content: 'up to 300 killed' },
      { quantity: '300' },
    ]);
    expect(links['120']).toEqual({ source: 'the health ministry', when: ['March'], where: [] });
    expect(links['900']).toEqual({ source: 'the health ministry', when: ['March'], where: [] });
    expect(links['300']).toEqual({ source: 'the mayor', when: [], where: [] });
  });

  it('takes a date from another statement of the same source', () => {
    const text = '“About 70% agree,” she said, citing a poll published in January.';
    const links = linksOf(text, [
      { quantity: '70%' },
      { content: 'About 70% agree', source: 'she', cue: 'said' },
      { source: 'she', cue: 'citing', content: 'a poll published in January' },
      { date: 'January', value: '2025-01' },
    ]);
    expect(links['70%']).toMatchObject({ source: 'she', when: ['January'] });
  });

  it('inherits the paragraph lead’s date, and no further (paragraphs split at blank lines)', () => {
    const text = 'On 3 March, flooding hit the valley. Rescuers reached 40 villages.\n\nCrews cleared 12 roads.';
    const links = linksOf(text, [{ date: '3 March', value: '2025-03-03' }, { quantity: '40' }, { quantity: '12' }]);
    expect(links['40'].when).toEqual(['3 March']);
    expect(links['12'].when).toEqual([]);
  });

  it('splits paragraphs at every line break when the text has no blank line', () => {
    const text = 'On 3 March, flooding hit the valley.\nRescuers reached 40 villages.';
    const links = linksOf(text, [{ date: '3 March', value: '2025-03-03' }, { quantity: '40' }]);
    expect(links['40'].when).toEqual([]);
  });

  it('does not inherit what a relative clause of the lead tells', () => {
    const text = 'The strike, which followed talks in 2019, grew on Monday. Some 4,000 workers joined.\n\nEnd.';
    const links = linksOf(text, [{ date: '2019', value: '2019' }, { date: 'Monday', value: '2025-02-17' }, { quantity: '4,000' }]);
    expect(links['4,000'].when).toEqual(['Monday']);
  });

  it('ignores durations: they measure, they do not place', () => {
    const text = 'Over three weeks, 300 people were evacuated.';
    const links = linksOf(text, [{ date: 'three weeks', value: 'P3W', type: 'DURATION' }, { quantity: '300' }]);
    expect(links['300'].when).toEqual([]);
  });

  it('never scopes a number by itself (a year read as both a date and a number)', () => {
    const text = 'Prices rose sharply in 2022.';
    const links = linksOf(text, [{ date: '2022', value: '2022' }, { quantity: '2022' }]);
    expect(links['2022'].when).toEqual([]);
  });

  it('takes places after a locative preposition, not places that act', () => {
    const text = 'North Korea has sent 11,000 troops to Russia’s Kursk region.';
    const links = linksOf(text, [{ place: 'North Korea' }, { quantity: '11,000' }, { place: 'Russia' }, { place: 'Kursk region' }]);
    expect(links['11,000'].where).toEqual(['Russia', 'Kursk region']);
  });

  it('takes a dateline that opens the paragraph', () => {
    const text = 'KYIV, Ukraine — Air defences shot down 40 drones overnight.\n\nOther news.';
    const links = linksOf(text, [{ place: 'KYIV, Ukraine' }, { quantity: '40' }]);
    expect(links['40'].where).toEqual(['KYIV, Ukraine']);
  });

  it('skips adjectives and places inside the source', () => {
    const text = 'A Kyiv official said 1,000 North Korean troops arrived in Kursk.';
    const links = linksOf(text, [
      { source: 'A Kyiv official', cue: 'said', content: '1,000 North Korean troops arrived in Kursk' },
      { place: 'Kyiv' },
      { quantity: '1,000' },
      { place: 'North Korean', adjective: true },
      { place: 'Kursk' },
    ]);
    expect(links['1,000']).toMatchObject({ source: 'A Kyiv official', where: ['Kursk'] });
  });
});
