#!/usr/bin/env node
/**
 * How often factx ties a quantity to a source, on a gold attribution set:
 *   npm run build && node bench/claims-coverage.mjs /work/shared/eval/attributions/dev.jsonl
 *   node bench/claims-coverage.mjs /work/shared/eval/attributions/dev.jsonl --gold-attributions
 *
 * With --gold-attributions the linker runs on the gold attributions instead of the extracted ones
 * (quantities, dates and places still extracted): the linker's own share, whatever the attribution
 * extractor does.
 *
 * Runs the built CLI once over every document (JSON Lines in, facts with links out), then reports
 * - linked: the share of extracted quantities whose `claimedBy` names an attribution with a source;
 * - against the gold attributions (their content spans and fragments): of the quantities inside
 *   some gold content, how many we link (and to a source overlapping that gold attribution's source,
 *   for the innermost gold attribution holding the quantity); of those we link, how many lie inside
 *   some gold content.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const gold = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
const predicted = process.argv.includes('--gold-attributions') ? await withGoldAttributions(gold) : extracted(gold);

/** Every document through the built CLI: facts with their links. */
function extracted(documents) {
  const input = documents.map((doc) => JSON.stringify({ id: doc.id, text: doc.text, ...(doc.dct && { date: doc.dct }) })).join('\n');
  const bin = fileURLToPath(new URL('../bin/factx.js', import.meta.url));
  const run = spawnSync(process.execPath, [bin, '--input', 'jsonl', '--format', 'jsonl'], { input, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (run.status !== 0) throw new Error(run.stderr);
  return new Map(run.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line)).map((record) => [record.id, record.facts ?? []]));
}

/** The other kinds extracted, the gold attributions put in their place, then linked. */
async function withGoldAttributions(documents) {
  const { parseDocument, sentenceAt } = await import('../dist/document.js');
  const { extractParsed } = await import('../dist/extract.js');
  const { linkClaims } = await import('../dist/claims/link.js');
  return new Map(documents.map((doc) => {
    const parsed = parseDocument(doc.text, doc.dct);
    const facts = extractParsed(parsed, { kinds: ['quantity', 'date', 'location'] });
    const attributions = (doc.facts ?? []).filter((fact) => fact.kind === 'attribution').map((fact, index) => ({ ...fact, id: `g${index + 1}`, sentence: sentenceAt(parsed, fact.start) }));
    return [doc.id, linkClaims(parsed, [...facts, ...attributions])];
  }));
}

const within = (inner, outer) => outer && outer.start <= inner.start && inner.end <= outer.end;
const overlaps = (a, b) => a && b && a.start < b.end && b.start < a.end;
const share = (part, whole) => `${part}/${whole} = ${whole ? ((100 * part) / whole).toFixed(1) : '–'}%`;

let quantities = 0, linked = 0, inGold = 0, inGoldLinked = 0, inGoldRightSource = 0;
for (const doc of gold) {
  const facts = predicted.get(doc.id) ?? [];
  const byId = new Map(facts.map((fact) => [fact.id, fact]));
  const goldAttributions = (doc.facts ?? []).filter((fact) => fact.kind === 'attribution' && fact.content);
  for (const quantity of facts.filter((fact) => fact.kind === 'quantity')) {
    quantities++;
    const attribution = quantity.claimedBy && byId.get(quantity.claimedBy);
    const isLinked = Boolean(attribution?.source);
    if (isLinked) linked++;
    const holders = goldAttributions
      .filter((g) => (g.content.fragments ?? [g.content]).some((fragment) => within(quantity, fragment)))
      .sort((a, b) => a.content.end - a.content.start - (b.content.end - b.content.start));
    if (holders.length === 0) continue;
    inGold++;
    if (isLinked) {
      inGoldLinked++;
      if (holders[0].source && overlaps(attribution.source, holders[0].source)) inGoldRightSource++;
    }
  }
}
console.log(`documents: ${gold.length}, quantities: ${quantities}`);
console.log(`linked to a source:                         ${share(linked, quantities)}`);
console.log(`inside a gold attribution's content:        ${share(inGold, quantities)}`);
console.log(`  of those, linked to a source:             ${share(inGoldLinked, inGold)}`);
console.log(`  of those, linked to the gold source:      ${share(inGoldRightSource, inGold)}`);
console.log(`of the linked, inside gold content:         ${share(inGoldLinked, linked)}`);
