import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract.js';
import type { LocationFact } from '../../../src/types.js';

const texts = (text: string) => (extract(text, { kinds: ['location'] }) as LocationFact[]).map((f) => f.text);

describe('people named like places', () => {
  it('reads a word after a first name as a surname throughout the article: `Neil Jordan … Jordan said`', () => {
    expect(texts('The director Neil Jordan shot the film in Dublin. Jordan said it was his best work.')).toEqual(['Dublin']);
  });
  it('reads a word after a title as a surname: `President Clinton … Clinton`', () => {
    expect(texts('President Clinton spoke in Ohio. Later Clinton flew home.')).toEqual(['Ohio']);
  });
  it('reads a word after a short title as a surname: `Ms. Hill`, `Sgt. Tyler`', () => {
    expect(texts('Police in Dayton said Sgt. Tyler found the car. Tyler said it was empty.')).toEqual(['Dayton']);
  });
  it('reads a word after a title and an unknown first name as a surname: `Sgt. Kofi Tyler`', () => {
    expect(texts('Police in Dayton said Sgt. Kofi Tyler found the car. Tyler said it was empty.')).toEqual(['Dayton']);
  });
  it('still reads the place where no person of that name appears', () => {
    expect(texts('Troops crossed into Jordan on Monday.')).toEqual(['Jordan']);
  });
  it('reads a known first name before a surname as a person: `Michael Slater`', () => {
    expect(texts('Australia picked Michael Slater to open.')).toEqual(['Australia']);
  });
  it('reads a place after a given name the parse does not know as a surname, once the article uses it alone for the person', () => {
    expect(texts('Wimbledon finalist MaliVai Houston lost in five sets. "I tried," said Houston.')).toEqual([]);
  });
  it('keeps the place where the lone name is no person, and where a dateline or `in` anchors it', () => {
    expect(texts('The dancer Ameena Houston performed on Monday. Houston police closed the road.')).toEqual(['Houston']);
    expect(texts('Wimbledon finalist MaliVai Houston lost. Houston said he was tired. He lives in Houston.')).toEqual(['Houston']);
  });
});
