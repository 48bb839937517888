import { describe, expect, it } from 'vitest';
import { attributions, parts } from './helpers.js';

const found = (text: string) => attributions(text).map(parts);

describe('forward: SOURCE CUE (that) CONTENT', () => {
  it('takes what follows the cue, `that` included, without the full stop', () => {
    expect(found('The governor said that the road would reopen on Friday.')).toEqual([
      { source: 'The governor', cue: 'said', content: 'that the road would reopen on Friday', direct: false },
    ]);
  });

  it('skips auxiliaries and adverbs between source and cue', () => {
    expect(found('The company has also denied any wrongdoing.')).toEqual([
      { source: 'The company', cue: 'denied', content: 'any wrongdoing', direct: false },
    ]);
  });

  it('skips adverbs compromise tags otherwise (`now`) and an enclosed `has, however,`', () => {
    expect(found('The senator now says she opposes the treaty.')[0]).toMatchObject({ source: 'The senator', cue: 'says' });
    expect(found('A survey of nurses has, however, revealed that most of them work overtime.')[0]).toMatchObject({
      source: 'A survey of nurses',
      cue: 'revealed',
    });
  });

  it('skips a floating quantifier: `have both argued`', () => {
    expect(found('The two mayors have both argued that the tax is unfair.')[0]).toMatchObject({ source: 'The two mayors', cue: 'argued' });
  });

  it('does not reach past a sentence-opening clause for a subject', () => {
    expect(found('Since the vote, the council has said nothing.')[0]).toMatchObject({ source: 'the council', cue: 'said' });
  });

  it('skips a time between the subject and the cue', () => {
    expect(found('The party spokesman on Thursday evening said the party was united.')[0]).toMatchObject({ source: 'The party spokesman' });
    expect(found('The council last week said it would act.')[0]).toMatchObject({ source: 'The council' });
  });

  it('does not take a time itself as the source', () => {
    expect(found('This year said everything.')).toEqual([]);
  });

  it('reads a progressive cue after `is`, and the verb coordinated with it', () => {
    const facts = attributions('The minister is telling farmers that the price will rise and says aid will come.');
    expect(facts.sort((a, b) => a.cue!.start - b.cue!.start).map(parts)).toEqual([
      { source: 'The minister', cue: 'telling', content: 'that the price will rise', direct: false },
      { source: 'The minister', cue: 'says', content: 'aid will come', direct: false },
    ]);
  });

  it('reads a participle cue after a comma whatever its tag', () => {
    expect(found('The coach praised the result as historic, telling reporters that the team had grown.')).toContainEqual(
      { source: 'The coach', cue: 'telling', content: 'that the team had grown', direct: false },
    );
  });

  it('reads a participle after a noun as describing it: `A poll released Sunday showed …`', () => {
    expect(found('A survey released on Sunday showed the mayor ahead.')).toEqual([
      { source: 'A survey', cue: 'showed', content: 'the mayor ahead', direct: false },
    ]);
    expect(found('The ministry released a statement on Sunday.')[0]).toMatchObject({ source: 'The ministry', cue: 'released' });
  });

  it('takes a description with its apposition as the source where no name opens it', () => {
    expect(found('The inspectors, a team of engineers from the capital, said the dam was sound.')[0]).toMatchObject({
      source: 'The inspectors, a team of engineers from the capital',
      cue: 'said',
    });
    expect(found('After the storm, the roads, the mayor said, were closed.')[0]).toMatchObject({ source: 'the mayor' });
  });

  it('gives `spoke` its topic as content, and nothing without one', () => {
    expect(found('The senator spoke to farmers on Monday about the drought.')).toEqual([
      { source: 'The senator', cue: 'spoke', content: 'the drought', direct: false },
    ]);
    expect(found('The senator spoke for an hour in the town hall.')).toEqual([]);
  });

  it('takes a subject with a relative clause that has commas of its own', () => {
    expect(found('Ana Ruiz, who lost her farm in the flood near Arles, France, in 2019, said the dikes were too low.')[0]).toMatchObject({
      source: 'Ana Ruiz, who lost her farm in the flood near Arles, France, in 2019',
      cue: 'said',
      content: 'the dikes were too low',
    });
  });

  it('skips the hearer of `told`', () => {
    expect(found('The coach told reporters the team was tired.')).toEqual([
      { source: 'The coach', cue: 'told', content: 'the team was tired', direct: false },
    ]);
  });

  it('starts at a `that` after an object: expressed concern that …', () => {
    expect(found('Doctors expressed concern that the virus could spread.')[0]).toMatchObject({ content: 'that the virus could spread' });
  });

  it('takes a name with its apposition as the source', () => {
    expect(found('Jan Novak, a farmer from the valley, said the harvest was poor.')[0]).toMatchObject({
      source: 'Jan Novak, a farmer from the valley',
      content: 'the harvest was poor',
    });
  });

  it('ends the content where the same source goes on to a participle cue', () => {
    const facts = attributions('The mayor warned that taxes would rise, while insisting that schools were safe.');
    expect(facts.sort((a, b) => a.cue!.start - b.cue!.start).map(parts)).toEqual([
      { source: 'The mayor', cue: 'warned', content: 'that taxes would rise', direct: false },
      { source: 'The mayor', cue: 'insisting', content: 'that schools were safe', direct: false },
    ]);
  });

  it('ends the content where a new clause brings a speaker of its own', () => {
    expect(found('The coach praised the young striker, and the captain said the team was ready.')).toEqual([
      { source: 'The coach', cue: 'praised', content: 'the young striker', direct: false },
      { source: 'the captain', cue: 'said', content: 'the team was ready', direct: false },
    ]);
  });

  it('keeps a second `that` clause and a passive one in the content', () => {
    expect(found('The board said sales had doubled, and that two shops had been opened in May.')).toEqual([
      { source: 'The board', cue: 'said', content: 'sales had doubled, and that two shops had been opened in May', direct: false },
    ]);
  });

  it('gives no source to a passive cue without `by`: its subject is what is said', () => {
    expect(found('The bridge is expected to reopen in June.')).toEqual([]);
  });

  it('takes a relative pronoun as the source, named by its antecedent', () => {
    const [fact] = attributions('The strike was led by the Farmers Union, which argued that prices were too low.');
    expect(parts(fact)).toMatchObject({ source: 'which', cue: 'argued', content: 'that prices were too low' });
    expect(fact.source?.name).toBe('the Farmers Union');
  });

  it('does not read a sentence-opening `That` as a relative pronoun', () => {
    expect(found('That shows how hard the count will be.')).toEqual([]);
  });

  it('reads no speaker into a passive cue after a comma', () => {
    expect(found('The report, which will be released in May, covers the whole year.')).toEqual([]);
  });

  it('reads a cue form between a noun and a verb as a noun: `the jobs report cheered …`', () => {
    expect(found('The strong jobs report cheered investors on Friday.')).toEqual([]);
    expect(found('Most farmers want lower taxes.')[0]).toMatchObject({ source: 'Most farmers', cue: 'want' });
  });

  it('is not fooled by a cue word without a subject', () => {
    expect(found('To say the least, the weather was bad.')).toEqual([]);
  });
});

describe('trailing: CONTENT, SOURCE CUE / CONTENT, CUE SOURCE', () => {
  it('takes the sentence before `…, officials said`', () => {
    expect(found('The dam will be finished by June, officials said.')).toEqual([
      { source: 'officials', cue: 'said', content: 'The dam will be finished by June', direct: false },
    ]);
  });

  it('reads the inverted order with an adjunct: `…, stated the agency in its report`', () => {
    expect(found('Exports fell sharply in March, stated the agency in its monthly report.')[0]).toMatchObject({
      source: 'the agency',
      cue: 'stated',
      content: 'Exports fell sharply in March',
    });
  });

  it('covers both sides of a reporting clause in the middle', () => {
    expect(found('The plan, the minister said, is too expensive.')[0]).toMatchObject({
      source: 'the minister',
      content: 'The plan, the minister said, is too expensive',
    });
  });

  it('does not read a verb with its own object as a trailing cue', () => {
    expect(found('Meanwhile, the army continues its campaign in the north.')).toEqual([]);
  });
});

describe('according to', () => {
  it('reads `According to X, …`', () => {
    expect(found('According to the weather service, the storm will pass by noon.')).toEqual([
      { source: 'the weather service', cue: 'According to', content: 'the storm will pass by noon', direct: false },
    ]);
  });

  it('reads `…, according to X`', () => {
    expect(found('Sales doubled last year, according to the trade group.')).toEqual([
      { source: 'the trade group', cue: 'according to', content: 'Sales doubled last year', direct: false },
    ]);
  });
});

describe('passive: CONTENT was CUE by SOURCE', () => {
  it('takes the subject as content and the agent as source', () => {
    expect(found('The figures were confirmed by the ministry.')).toEqual([
      { source: 'the ministry', cue: 'confirmed', content: 'The figures', direct: false },
    ]);
  });

  it('reads a reduced relative: `losses, estimated at 40 by the army`', () => {
    expect(found('The losses, estimated at 40 tanks by the army, were heavy.')[0]).toMatchObject({
      source: 'the army',
      cue: 'estimated',
      content: 'at 40 tanks',
    });
  });
});

describe('figure verbs: SOURCE put/placed the FIGURE at N', () => {
  it('reads `put the death toll at` as reporting the figure', () => {
    expect(found('The fire brigade put the death toll at 40 on Friday.')).toEqual([
      { source: 'The fire brigade', cue: 'put', content: 'the death toll at 40 on Friday', direct: false },
    ]);
  });

  it('takes other forms and figure nouns: `placed the cost at`', () => {
    expect(found('Insurers placed the cost of the storm at $2 billion.')[0]).toMatchObject({ source: 'Insurers', cue: 'placed' });
  });

  it('is no cue without a figure noun and `at`: `put the book on the shelf`', () => {
    expect(found('She put the book on the shelf at noon.')).toEqual([]);
  });
});
