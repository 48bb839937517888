import { describe, expect, it } from 'vitest';
import { quantities, quantity } from './helpers.js';

describe('attachCurrency / applyScaleSuffix: money with its currency', () => {
  it('folds the symbol and the scale into the span and value', () => {
    expect(quantity('The deal is worth $2.5 billion.', '$2.5 billion')).toMatchObject({ value: 2.5e9, currency: 'USD' });
    expect(quantity('A fine of £300m was set.', '£300m')).toMatchObject({ value: 3e8, currency: 'GBP' });
    expect(quantity('Shares reached HK$ 12.40 today.', 'HK$ 12.40')).toMatchObject({ value: 12.4, currency: 'HKD' });
    expect(quantity('The yacht sold for USD10m.', 'USD10m')).toMatchObject({ value: 1e7, currency: 'USD' });
    expect(quantity('They raised $3bn and 40k more.', '$3bn')).toMatchObject({ value: 3e9 });
  });
  it('names the currency written after the number', () => {
    expect(quantity('The ticket costs 5,000 won.', '5,000')).toMatchObject({ value: 5000, currency: 'KRW' });
  });
  it('reads a bare glued `m` as metres, not millions', () => {
    expect(quantity('The tower is 37m tall.', '37')).toMatchObject({ value: 37, unit: 'm' });
  });
});

describe('attachPercent', () => {
  it('gives value 40 and unit % for every spelling', () => {
    for (const [text, span] of [['Turnout was 40%.', '40%'], ['Turnout was 40 per cent.', '40'], ['Turnout was 40 percent.', '40']]) {
      expect(quantity(text, span)).toMatchObject({ value: 40, unit: '%' });
    }
  });
});

describe('attachNegativeWord', () => {
  it('turns `minus 12` negative', () => {
    expect(quantity('The balance stood at minus 12.', 'minus 12')).toMatchObject({ value: -12 });
  });
});

describe('mergeRanges: one fact for both ends', () => {
  it('joins dashes, `to` and `between … and`', () => {
    for (const [text, span] of [
      ['We expect 1,000-3,000 visitors.', '1,000-3,000'],
      ['We expect 1,000–3,000 visitors.', '1,000–3,000'],
      ['We expect 1,000 to 3,000 visitors.', '1,000 to 3,000'],
      ['We expect between 1,000 and 3,000 visitors.', '1,000 and 3,000'],
    ]) expect(quantity(text, span)).toMatchObject({ value: { low: 1000, high: 3000 } });
  });
  it('shares a scale or unit written once', () => {
    expect(quantity('Rates of 10 to 12 percent apply.', '10 to 12')).toMatchObject({ value: { low: 10, high: 12 }, unit: '%' });
    expect(quantity('Between 2 to 3 million fled.', '2 to 3 million')).toMatchObject({ value: { low: 2e6, high: 3e6 } });
    expect(quantity('Her weight went from 80 kg to 72.', '80 kg to 72')).toMatchObject({ value: { low: 72, high: 80 } });
  });
  it('joins two prices with a slash, but never a time of day', () => {
    expect(quantity('A target of $7/$9 a share.', '$7/$9')).toMatchObject({ value: { low: 7, high: 9 } });
    expect(quantities('It was $40 at 9pm and fell to $35.').map((q) => q.value)).toEqual([40, 35]);
  });
  it('keeps a change and the level it reached apart', () => {
    const found = quantities('The index rose 2.5 per cent to 7,400.');
    expect(found.map((q) => q.value)).toEqual([2.5, 7400]);
  });
  it('does not join a score or a bare `and`', () => {
    expect(quantities('They won 3-1 with 300 dead and 2,700 injured.').map((q) => q.value)).not.toContainEqual({ low: 300, high: 2700 });
  });
});

describe('attachQualifier: the value stays the bare number', () => {
  const cases: [string, string, string][] = [
    ['about 500 people came', '500', '~'], ['roughly 500 people came', '500', '~'], ['some 500 people came', '500', '~'],
    ['nearly 500 people came', '500', '~'], ['an estimated 500 people came', '500', '~'],
    ['up to 500 people came', '500', '<='], ['no more than 500 people came', '500', '<='],
    ['more than 500 people came', '500', '>'], ['upwards of 500 people came', '500', '>'],
    ['at least 500 people came', '500', '>='], ['fewer than 500 people came', '500', '<'], ['under 500 people came', '500', '<'],
  ];
  it.each(cases)('%s', (text, span, qualifier) => {
    expect(quantity(text, span)).toMatchObject({ value: 500, qualifier });
  });
  it('reads the qualifier across a quote mark', () => {
    expect(quantity('They sent approximately “2,000 troops”.', '2,000')).toMatchObject({ qualifier: '~' });
  });
  it('gives no qualifier to a plain number', () => {
    expect(quantity('500 people came', '500')?.qualifier).toBeUndefined();
  });
});

describe('mergeBounds', () => {
  it('closes a range from a lower and an upper bound', () => {
    expect(quantities('Scores above 40 and below 60 pass.')[0]).toMatchObject({ value: { low: 40, high: 60 } });
  });
});

describe('mergeCompoundUnits', () => {
  it('adds feet and inches, dollars and cents', () => {
    expect(quantities('The door is 6 feet 6 inches high.')[0]).toMatchObject({ value: 6.5 });
    expect(quantities('It cost four dollars and fifty cents')[0]).toMatchObject({ value: 4.5 });
  });
});

describe('attachUnit: what the number counts or measures', () => {
  it('takes a unit of measure', () => {
    expect(quantity('The road runs 12 km north.', '12')).toMatchObject({ unit: 'km' });
    expect(quantity('The truck carries 3 tonnes.', '3')).toMatchObject({ unit: 'tonnes' });
    expect(quantity('It fell to -5C overnight.', '-5')).toMatchObject({ value: -5, unit: 'C' });
  });
  it('takes the counted noun phrase', () => {
    expect(quantity('The army sent 10,000 soldiers.', '10,000')).toMatchObject({ unit: 'soldiers' });
    expect(quantity('The clash left 40 dead and 90 injured.', '40')).toMatchObject({ unit: 'dead' });
  });
  it('does not reach past the end of the sentence', () => {
    expect(quantity('The mayor was 45. Figures came later.', '45')?.unit).toBeUndefined();
  });
});
