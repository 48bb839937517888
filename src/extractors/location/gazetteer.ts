/**
 * The gazetteer: GeoNames cities (population ≥ 1000), countries, first-level subdivisions, counties, and
 * a hand-written table of physical features and named regions (`Black Sea`, `Nile`, `Balkans`, `Midwest`),
 * built by scripts/build-gazetteer.mjs into data/. The sorted name file (3.7 MB) is read on the
 * first lookup, as one raw buffer searched by binary search; the lines of the place file (8.8 MB)
 * that a name points to are read from the file as they are needed (the found words are cached). So
 * start-up neither decodes nor indexes the data, and a one-line run reads a third of it.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import type { PlaceType } from '../../types.js';
import { packageFile } from '../../paths.js';

export interface Place {
  /**
   * `geonames:<id>`, an ISO 3166-1 alpha-2 code (countries), an ISO 3166-2 code (subdivisions) or a
   * GeoNames admin2 code (counties: `US.GA.139`).
   */
  value: string;
  name: string;
  type: PlaceType;
  /** ISO 3166-1 alpha-2; empty for continents and unions. */
  country: string;
  lat: number;
  lon: number;
  population: number;
  /** A national capital: it outranks the other cities of its name. */
  capital: boolean;
  /** A county or parish: a region below the first level (its population is its towns'). */
  county: boolean;
  /** First-level subdivision code within the country (GeoNames admin1 for cities). */
  admin1: string;
  /**
   * A feature's shores: countries (`IR`) and US states (`US-TX`) it borders, which tell two features of
   * one name apart (`the Gulf`); empty for other places.
   */
  shores: string[];
}

/** A town or a county: a local place, placed by its neighbours rather than by its size. */
export const isLocal = (place: Place): boolean => place.type === 'city' || place.county;

/** A region above the county: a state or province, or a continent or union. */
export const isAboveCounty = (place: Place): boolean => place.type === 'region' && !place.county;

/** A place other places lie in: a country, or a region above the county. */
export const isCountryOrState = (place: Place): boolean => place.type === 'country' || isAboveCounty(place);

interface Data {
  names: Buffer;
  cache: Map<string, Reading[]>;
}

let data: Data | undefined;

/** Words whose readings are kept: far more than one article names, few enough to stay a few MB. */
const LOOKUP_CACHE_SIZE = 20_000;

function load(): Data {
  data ??= {
    names: readFileSync(packageFile('data/gazetteer-names.tsv')),
    cache: new Map(),
  };
  return data;
}

/** A gazetteer entry a name or adjective refers to. */
export interface Reading {
  place: Place;
  /** The word is one of the place's adjectives or demonyms (`Russian`), not one of its names. */
  adjective: boolean;
  /** The place's names and adjectives as the gazetteer writes them. */
  spellings: string[];
  /** The word is only one of a city's alternate names (`Mexico` for Mexico City), not its own name. */
  alternate: boolean;
  /** The word names the feature only after `the` (`the Pacific`, not `Union Pacific`). */
  afterThe: boolean;
}

/** A name as the names file writes it: lower case, with a straight apostrophe (`people's`). */
export const nameKey = (name: string): string => name.toLowerCase().replace(/’/g, "'");

/** The places a name or adjective may refer to (case-insensitive), or an empty list. */
export function lookupPlaces(word: string): Reading[] {
  const { cache } = load();
  const key = nameKey(word);
  let found = cache.get(key);
  if (!found) {
    found = placeLines(findOffsets(key)).map((line) => readingOf(line, key));
    // Emptied when full, so a batch of many thousand articles does not grow it without end.
    if (cache.size >= LOOKUP_CACHE_SIZE) cache.clear();
    cache.set(key, found);
  }
  return found;
}

const NEWLINE = 0x0a;
const TAB = 0x09;

/** Binary search over the sorted `name<TAB>offsets` lines, comparing UTF-8 bytes. */
function findOffsets(key: string): number[] {
  const { names } = load();
  const wanted = Buffer.from(key);
  let low = 0;
  let high = names.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const lineStart = mid === 0 ? 0 : names.lastIndexOf(NEWLINE, mid - 1) + 1;
    const tab = names.indexOf(TAB, lineStart);
    const order = names.compare(wanted, 0, wanted.length, lineStart, tab);
    const lineEnd = names.indexOf(NEWLINE, tab);
    if (order === 0) return names.toString('latin1', tab + 1, lineEnd).split(',').map(Number);
    if (order < 0) low = lineEnd + 1;
    else high = lineStart;
  }
  return [];
}

/** Bytes read at once from the place file: longer than almost every line. */
const PLACE_READ_SIZE = 1024;

/** The lines of the place file that start at these byte offsets. */
function placeLines(offsets: number[]): string[] {
  if (offsets.length === 0) return [];
  const file = openSync(packageFile('data/gazetteer-places.tsv'), 'r');
  try {
    return offsets.map((offset) => {
      for (let size = PLACE_READ_SIZE; ; size *= 4) {
        const bytes = Buffer.allocUnsafe(size);
        const read = readSync(file, bytes, 0, size, offset);
        const end = bytes.subarray(0, read).indexOf(NEWLINE);
        if (end >= 0 || read < size) return bytes.toString('utf8', 0, end >= 0 ? end : read);
      }
    });
  } finally {
    closeSync(file);
  }
}

function readingOf(line: string, key: string): Reading {
  const [value, type, country, lat, lon, population, admin1, names, adjectives, ownNames, shores, afterThe] = line.split('\t');
  const nameList = names.split('|');
  const place: Place = {
    value,
    name: nameList[0],
    type: (type === 'capital' ? 'city' : type === 'county' ? 'region' : type) as PlaceType,
    country,
    lat: Number(lat),
    lon: Number(lon),
    population: Number(population),
    capital: type === 'capital',
    county: type === 'county',
    admin1,
    shores: shores ? shores.split(',') : [],
  };
  const spellings = adjectives ? [...nameList, ...adjectives.split('|')] : nameList;
  const index = nameList.findIndex((name) => nameKey(name) === key);
  const alternate = index >= (Number(ownNames) || nameList.length);
  return { place, adjective: index < 0, spellings, alternate, afterThe: !!afterThe && afterThe.split('|').some((name) => nameKey(name) === key) };
}
