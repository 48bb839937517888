import type { Candidate } from '../candidate.js';
import { VAGUE_PLURALS } from '../lexicon.js';

const VAGUE = /\b(?<tens>tens\s+of\s+)?(?<plural>dozens|hundreds|thousands|millions|billions|trillions)(?:\s+of\s+(?<of>thousands|millions|billions))?\b(?=\s+of\b|\s+(?:more|upon|\p{Ll}{2,}s)\b)/giu;

/** Round plurals give an order of magnitude: `hundreds of miles` is 100 to 1,000, `tens of millions` 10 to 100 million. */
export function vagueRule(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(VAGUE)) {
    const groups = match.groups ?? {};
    const start = match.index ?? 0;
    const plural = groups.plural.toLowerCase();
    const base = groups.tens ? 10 * VAGUE_PLURALS[plural] : VAGUE_PLURALS[plural];
    const low = base * (groups.of ? VAGUE_PLURALS[groups.of.toLowerCase()] : 1);
    found.push({
      kind: 'quantity', start, end: start + match[0].length, text: match[0], value: { low, high: low * 10 },
      meta: { wordy: true, plainInteger: false },
    });
  }
  return found;
}
