import { describe, expect, it } from 'vitest';
import { attributions, parts } from './helpers.js';

describe('speakerLabel: SPEAKER: CONTENT heading a paragraph', () => {
  it('reads the turns of a transcript, the label as source and the colon as cue', () => {
    const text = 'HOST: Will the bill pass this week?\n\nMORALES: I think it will, and we have the votes.';
    expect(attributions(text).map(parts)).toEqual([
      { source: 'HOST', cue: ':', content: 'Will the bill pass this week?', direct: false },
      { source: 'MORALES', cue: ':', content: 'I think it will, and we have the votes', direct: false },
    ]);
  });

  it('reads a headline that names its speaker', () => {
    expect(attributions('Senator Okafor: Rail Fares ‘Far Too High’\n\nThe senator spoke on Monday.').map(parts)[0]).toEqual({
      source: 'Senator Okafor',
      cue: ':',
      content: 'Rail Fares ‘Far Too High’',
      direct: false,
    });
  });

  it('leaves labels that name no speaker, and colons inside a sentence', () => {
    expect(attributions('Update: The road has reopened.\n\nThe Latest: Storm moves north.')).toEqual([]);
    expect(attributions('Three towns flooded: Arles, Nîmes and Sète.')).toEqual([]);
  });
});
