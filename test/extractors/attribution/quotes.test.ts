import { describe, expect, it } from 'vitest';
import { findQuotations, quotedSpeech } from '../../../src/extractors/attribution/rules/quotes.js';
import { attributions, parse, parts } from './helpers.js';

const quoted = (text: string) => quotedSpeech(parse(text)).map((c) => parts(c.fact));

describe('findQuotations', () => {
  it('pairs curly, straight and doubled-apostrophe marks', () => {
    const text = 'A “curly one,” a "straight one" and an \'\'old one\'\'.';
    expect(findQuotations(text).map((q) => text.slice(q.start, q.end))).toEqual(['“curly one,”', '"straight one"', "''old one''"]);
  });

  it('stops a quotation left open at the end of its paragraph', () => {
    const text = '“First paragraph goes on.\n“Second one ends.”';
    expect(findQuotations(text)).toEqual([
      { start: 0, end: 25, closed: false },
      { start: 26, end: 44, closed: true },
    ]);
  });
});

describe('quotedSpeech', () => {
  it('finds the speaker after a quotation: “…,” X said', () => {
    expect(quoted('“The bridge will open in May,” the mayor said.')).toEqual([
      { source: 'the mayor', cue: 'said', content: '“The bridge will open in May,”', direct: true },
    ]);
  });

  it('finds the inverted speaker: “…,” said X, the …', () => {
    expect(quoted('"We are ready," said Anna Berg, the coach of the team.')).toEqual([
      { source: 'Anna Berg', cue: 'said', content: '"We are ready,"', direct: true },
    ]);
  });

  it('finds the speaker before a colon or comma: X said: “…”', () => {
    expect(quoted('The minister said: “Prices will fall next year.”')).toEqual([
      { source: 'The minister', cue: 'said', content: '“Prices will fall next year.”', direct: true },
    ]);
  });

  it('joins a split quotation into one content: “A,” he said. “B.”', () => {
    expect(quoted('“We tried,” he said. “Nobody listened.”')).toEqual([
      { source: 'he', cue: 'said', content: '“We tried,” he said. “Nobody listened.”', direct: true },
    ]);
  });

  it('joins a quotation carried on into the next paragraph', () => {
    const [fact] = quoted('The chief said: “We will stay here.\n“And we will not leave.”');
    expect(fact.content).toBe('“We will stay here.\n“And we will not leave.”');
  });

  it('keeps quotes inside quotes inside the content', () => {
    const [fact] = quoted('“They called it ‘a test’ and moved on,” Ms. Lee said.');
    expect(fact).toMatchObject({ source: 'Ms. Lee', content: '“They called it ‘a test’ and moved on,”' });
  });

  it('takes a dash signature as the cue: “…” ― Name', () => {
    expect(quoted('“The vote was rigged.” ― Maria Lopez')).toEqual([
      { source: 'Maria Lopez', cue: '―', content: '“The vote was rigged.”', direct: true },
    ]);
  });

  it('does not take scare quotes or titles for speech', () => {
    expect(quoted('Officials weighed an “ice burial” plan after the “special operation” began.')).toEqual([]);
    expect(attributions('He read “War and Peace” twice.')).toEqual([]);
  });

  it('reads a past form after a name as the cue even where compromise tags it otherwise', () => {
    expect(attributions('“We will win,” Okafor told ABC’s morning show.').map(parts)[0]).toMatchObject({ source: 'Okafor', cue: 'told', direct: true });
  });
});
