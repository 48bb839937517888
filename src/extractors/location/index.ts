/**
 * Locations: place names and demonyms found in the gazetteer (countries, first-level regions,
 * GeoNames cities) over the shared parse, resolved to one place each in the light of the other
 * places of the article; places compromise tags that the gazetteer lacks (`the Black Sea`) are kept
 * unresolved.
 */
import { tokensOfView, type ParsedDocument, type Token } from '../../document.js';
import { dropOverlaps } from '../../spans.js';
import type { LocationFact } from '../../types.js';
import type { Draft, Extractor } from '../extractor.js';
import { findMentions } from './mentions.js';
import { resolveMentions } from './resolve.js';

export type LocationDraft = Draft<LocationFact>;

const POSSESSIVE = /['’]s?$/;

/** Rule: gazetteer mentions, each resolved to a place. */
function gazetteerLocations(doc: ParsedDocument): LocationDraft[] {
  const mentions = findMentions(doc);
  const places = resolveMentions(doc.text, mentions);
  return mentions.map((mention, i) => {
    const place = places[i];
    return {
      kind: 'location',
      start: mention.start,
      end: mention.end,
      text: doc.text.slice(mention.start, mention.end),
      value: place.value,
      name: place.name,
      type: place.type,
      ...(place.country ? { country: place.country } : {}),
      lat: place.lat,
      lon: place.lon,
      form: mention.adjective ? 'adjective' : 'name',
    };
  });
}

/** Rule: compromise's places, trimmed of possessives, split where one place qualifies another. */
function taggedPlaces(doc: ParsedDocument): LocationDraft[] {
  const found: LocationDraft[] = [];
  for (const tokens of tokensOfView(doc, doc.view.places())) {
    for (const part of splitAtPossessives(tokens)) {
      const first = part[0];
      const last = part[part.length - 1];
      const end = last.start + last.text.replace(POSSESSIVE, '').length;
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

/** Refiner: a resolved gazetteer mention wins over an unresolved tagged place it overlaps. */
function preferResolved(resolved: LocationDraft[], tagged: LocationDraft[]): LocationDraft[] {
  const sorted = [...resolved].sort((a, b) => a.start - b.start);
  const overlaps = (span: LocationDraft) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sorted[mid].end <= span.start) low = mid + 1;
      else high = mid;
    }
    return low < sorted.length && sorted[low].start < span.end;
  };
  return [...sorted, ...dropOverlaps(tagged.filter((span) => !overlaps(span)))].sort((a, b) => a.start - b.start);
}

function extractLocations(doc: ParsedDocument): LocationDraft[] {
  return preferResolved(gazetteerLocations(doc), taggedPlaces(doc));
}

export const locationExtractor: Extractor<'location'> = {
  kind: 'location',
  extract: extractLocations,
};
