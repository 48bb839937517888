/**
 * Refiner: choose which place each mention names. A reading scores by its kind and size
 * (country > region > city by population), then gains where it fits the other places of the
 * article: the same country (`Paris` beside `Texas` is in the US), the same state or province,
 * or a kind word after it (`Kursk region`).
 */
import type { Place, Reading } from './gazetteer.js';
import type { Mention } from './mentions.js';

const COUNTRY_SCORE = 9;
const MACRO_REGION_SCORE = 8;
const REGION_SCORE = 6.5;
const SAME_COUNTRY_BONUS = 2;
const SAME_REGION_BONUS = 2.5;
const KIND_WORD_BONUS = 3;

/** A word after the name that says which kind of place it is (`the Kursk region`, `Kansas City`). */
const KIND_WORDS: [RegExp, Place['type']][] = [
  [/^\s+(?:region|province|oblast|state|governorate|prefecture)\b/i, 'region'],
  [/^\s+(?:city|town|village)\b/i, 'city'],
];

function baseScore(place: Place): number {
  if (place.type === 'country') return COUNTRY_SCORE;
  if (place.type === 'region') return place.country ? REGION_SCORE : MACRO_REGION_SCORE;
  return Math.log10(place.population + 1);
}

const key = (mention: Mention, text: string) => text.slice(mention.first.start, mention.last.end).toLowerCase();

/** The reading each mention most likely names, in mention order. */
export function resolveMentions(text: string, mentions: Mention[]): Place[] {
  const first = mentions.map((m) => best(m.readings, baseScore));
  // Which countries and first-level regions the article is about, and which names say so.
  const countries = new Map<string, Set<string>>();
  const regions = new Map<string, Set<string>>();
  const note = (map: Map<string, Set<string>>, where: string, name: string) => map.set(where, (map.get(where) ?? new Set()).add(name));
  first.forEach((place, i) => {
    const name = key(mentions[i], text);
    if (place.country) note(countries, place.country, name);
    if (place.admin1) note(regions, `${place.country}-${place.admin1}`, name);
  });
  const elsewhere = (map: Map<string, Set<string>>, where: string, name: string) => [...(map.get(where) ?? [])].some((n) => n !== name);

  return mentions.map((mention) => {
    const name = key(mention, text);
    const hint = KIND_WORDS.find(([pattern]) => pattern.test(text.slice(mention.end, mention.end + 16)))?.[1];
    return best(mention.readings, (place) => {
      let score = baseScore(place);
      if (place.country && elsewhere(countries, place.country, name)) score += SAME_COUNTRY_BONUS;
      if (place.admin1 && elsewhere(regions, `${place.country}-${place.admin1}`, name)) score += SAME_REGION_BONUS;
      if (hint === place.type) score += KIND_WORD_BONUS;
      return score;
    });
  });
}

function best(readings: Reading[], score: (place: Place) => number): Place {
  let top = readings[0].place;
  let topScore = -Infinity;
  for (const { place } of readings) {
    const s = score(place);
    if (s > topScore) {
      top = place;
      topScore = s;
    }
  }
  return top;
}
