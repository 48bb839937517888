/**
 * Locations: place mentions found by compromise's place tagging, trimmed of possessives and
 * punctuation, split where one place qualifies another (`Russia's Kursk region`).
 */
import { tokensOfView, type ParsedDocument, type Token } from '../../document.js';
import type { LocationFact } from '../../types.js';
import type { Draft, Extractor } from '../extractor.js';

export type LocationDraft = Draft<LocationFact>;

const POSSESSIVE = /['’]s$/;

function extractLocations(doc: ParsedDocument): LocationDraft[] {
  const found: LocationDraft[] = [];
  for (const tokens of tokensOfView(doc, doc.view.places())) {
    for (const part of splitAtPossessives(tokens)) {
      const first = part[0];
      const last = part[part.length - 1];
      const end = POSSESSIVE.test(last.text) ? last.end - 2 : last.end;
      if (end <= first.start) continue;
      found.push({ kind: 'location', start: first.start, end, text: doc.text.slice(first.start, end), form: 'name' });
    }
  }
  return found;
}

/** `Russia’s Kursk region` names two places: the possessor and the possessed. */
function splitAtPossessives(tokens: Token[]): Token[][] {
  const parts: Token[][] = [[]];
  for (const token of tokens) {
    parts[parts.length - 1].push(token);
    if (POSSESSIVE.test(token.text)) parts.push([]);
  }
  return parts.filter((part) => part.length > 0);
}

export const locationExtractor: Extractor<'location'> = {
  kind: 'location',
  extract: extractLocations,
};
