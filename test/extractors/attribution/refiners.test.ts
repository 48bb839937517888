import { describe, expect, it } from 'vitest';
import { inflections } from '../../../src/extractors/attribution/lexicon.js';
import { attributions, parts } from './helpers.js';

describe('dropNested', () => {
  it('keeps a cue inside a quotation as part of the quotation', () => {
    expect(attributions('“I believe the plan will work,” the senator said.').map(parts)).toEqual([
      { source: 'the senator', cue: 'said', content: '“I believe the plan will work,”', direct: true },
    ]);
  });

  it('keeps a cue at the head of indirect content as part of it: `said she thinks`', () => {
    expect(attributions('Ms. Ortiz said she thinks the law is unfair.').map((f) => f.cue?.text)).toEqual(['said']);
  });

  it('drops any cue further into indirect content, save a plain report of another source', () => {
    expect(attributions('The mayor said on Monday that most of the town’s residents want a new bridge.').map((f) => f.cue?.text)).toEqual(['said']);
    const reported = attributions('The mayor said on Monday that the river had risen overnight, as the engineers had said it would.');
    expect(reported.map((f) => f.cue?.text)).toEqual(['said', 'said']);
  });
});

describe('oneReadingPerCue', () => {
  it('reads the cue of a quotation once, as direct speech', () => {
    expect(attributions('He said: “We will win.”').map(parts)).toEqual([{ source: 'He', cue: 'said', content: '“We will win.”', direct: true }]);
  });
});

describe('shareSource', () => {
  it('gives a participle the source of the attribution before it in the sentence', () => {
    const facts = attributions('“The race is close,” said Tom Reed, suggesting that the count would take days.');
    expect(facts.find((f) => f.cue?.text === 'suggesting')?.source?.text).toBe('Tom Reed');
  });

  it('takes the main clause’s subject, not one of a clause opened by `although`', () => {
    const facts = attributions('Although he arrived late, the mayor sounded a warning, saying the budget was tight.');
    expect(facts.find((f) => f.cue?.text === 'saying')?.source?.text).toBe('the mayor');
  });

  it('falls back to the subject of the sentence’s first verb', () => {
    const facts = attributions('At the rally, the senator attacked the plan, calling it a disaster.');
    expect(facts.find((f) => f.cue?.text === 'calling')?.source?.text).toBe('the senator');
  });
});

describe('resolveSources', () => {
  it('names a pronoun by the nearest person before it', () => {
    const facts = attributions('Maria Keller left the court early. Later she said the ruling was unfair.');
    expect(facts[0].source).toMatchObject({ text: 'she', name: 'Maria Keller' });
  });

  it('names a description by the nearest entity holding its head word, and an acronym by its long form', () => {
    const facts = attributions('The World Health Organization (WHO) met on Monday. The organization said cases were falling. The WHO added that vaccines work.');
    expect(facts.map((f) => f.source?.name)).toEqual(['World Health Organization', 'World Health Organization']);
  });

  it('gives a description with words of its own no name of another body: `the transport ministry` is not the union before it', () => {
    const facts = attributions('The Unite union said 5,000 drivers walked out. The transport ministry said 3,000 did. Later it said talks would resume.');
    expect(facts.map((f) => [f.source?.text, f.source?.name])).toEqual([['The Unite union', undefined], ['The transport ministry', undefined], ['it', 'Unite union']]);
  });

  it('leaves a named source without a separate name', () => {
    expect(attributions('Maria Keller said the ruling was unfair.')[0].source?.name).toBeUndefined();
  });
});

describe('lexicon', () => {
  it('inflects regular, doubling and irregular verbs', () => {
    expect(inflections('claim')).toEqual(['claim', 'claims', 'claimed', 'claiming']);
    expect(inflections('admit')).toEqual(['admit', 'admits', 'admitted', 'admitting']);
    expect(inflections('deny')).toEqual(['deny', 'denies', 'denied', 'denying']);
    expect(inflections('say')).toEqual(['say', 'says', 'said', 'saying']);
  });
});
