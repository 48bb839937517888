/**
 * A bounded, coverage-guided fuzzer for the targets in targets.mjs (the fallback for Jazzer.js,
 * whose native addon needs glibc 2.38; see the README). Seeds are the fixtures plus variants
 * (BOM, UTF-16, CRLF, JSON Lines); fast-check draws the mutations; V8's block coverage (via the
 * inspector) decides which mutants join the corpus. Findings are written to .fuzz/crashes/;
 * copied into fuzz/regressions/ they are replayed by `npm test` and seed later runs.
 *
 *   node fuzz/run.mjs [--time seconds] [--target extract|readers] [--seed n]
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { TARGETS } from './targets.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = Object.fromEntries(process.argv.slice(2).join(' ').split('--').filter(Boolean).map((arg) => arg.trim().split(/\s+/)));
const seconds = Number(args.time ?? 60);
const names = args.target ? [args.target] : Object.keys(TARGETS);
let seed = Number(args.seed ?? Date.now() % 2 ** 31);

function seeds() {
  // The fixture texts, not its folders of articles and web pages.
  const texts = readdirSync(`${ROOT}fixtures`, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(`${ROOT}fixtures/${entry.name}`, 'utf8'));
  const out = [];
  for (const text of texts) {
    const head = text.slice(0, 800);
    out.push(Buffer.from(head), Buffer.from(`\ufeff${head}`), Buffer.from(head.replace(/\n/g, '\r\n')));
    out.push(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(head, 'utf16le')]));
    out.push(Buffer.from(`${JSON.stringify({ id: 'a', text: head, date: '2025-02-20' })}\n{"id":"b","text":7}\nnot json\n`));
  }
  out.push(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]), Buffer.from([0x61, 0xff, 0xc3, 0x28]));
  for (const name of readdirSync(`${ROOT}fuzz/regressions`)) out.push(readFileSync(`${ROOT}fuzz/regressions/${name}`));
  return out;
}

const TOKENS = ['\n\n', '\r\n', '\u0000', '\ufeff', '\ud800', '“', '”', '"', "'s", '-', '–', '$', '%', '1,000', '2.5', 'million', 'about', 'up to', 'between', 'and',
  'said', 'according to', 'early', 'March', '2025', 'Monday', 'last week', 'Kursk', 'Russia', 'Seoul', '(', ')', '\u001b[31m', '=', '@', '{"id":', '"text":', '}', '\\u', '\t']
  .map((token) => Buffer.from(token));

/** One mutation of a corpus entry, drawn by fast-check. */
const mutation = fc.oneof(
  fc.record({ op: fc.constant('insert'), at: fc.nat(), bytes: fc.oneof(fc.constantFrom(...TOKENS), fc.uint8Array({ maxLength: 8 }).map(Buffer.from)) }),
  fc.record({ op: fc.constant('delete'), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }) }),
  fc.record({ op: fc.constant('flip'), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ op: fc.constant('repeat'), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }), times: fc.integer({ min: 2, max: 300 }) }),
  fc.record({ op: fc.constant('splice'), at: fc.nat(), other: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ op: fc.constant('truncate'), at: fc.nat() }),
);
const plan = fc.record({ parent: fc.nat(), steps: fc.array(mutation, { minLength: 1, maxLength: 6 }) });

function mutate(corpus, { parent, steps }) {
  let data = corpus[parent % corpus.length];
  for (const step of steps) {
    const at = data.length === 0 ? 0 : step.at % (data.length + 1);
    if (step.op === 'insert') data = Buffer.concat([data.subarray(0, at), step.bytes, data.subarray(at)]);
    else if (step.op === 'delete') data = Buffer.concat([data.subarray(0, at), data.subarray(at + step.length)]);
    else if (step.op === 'flip' && data.length > 0) (data = Buffer.from(data))[at % data.length] = step.byte;
    else if (step.op === 'repeat') data = Buffer.concat([data.subarray(0, at), Buffer.alloc(0), ...Array(step.times).fill(data.subarray(at, at + step.length)), data.subarray(at)]);
    else if (step.op === 'splice') {
      const other = corpus[step.other % corpus.length];
      const from = step.at % (other.length + 1);
      data = Buffer.concat([data.subarray(0, at), other.subarray(from, from + step.length), data.subarray(at)]);
    } else if (step.op === 'truncate') data = data.subarray(0, at);
  }
  return data.subarray(0, 64 * 1024);
}

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });

/** Blocks of factx's own code run since the last call (V8 resets counts on each take). */
async function blocksRun() {
  const { result } = await session.post('Profiler.takePreciseCoverage');
  const blocks = [];
  for (const script of result) {
    if (!script.url.includes('/dist/') || script.url.includes('node_modules')) continue;
    for (const fn of script.functions) for (const range of fn.ranges) if (range.count > 0) blocks.push(`${script.url}:${range.startOffset}-${range.endOffset}`);
  }
  return blocks;
}

mkdirSync(`${ROOT}.fuzz/crashes`, { recursive: true });
const report = [];
for (const name of names) {
  const target = TARGETS[name];
  const corpus = seeds();
  const covered = new Set();
  for (const data of corpus) {
    await target(data);
    for (const block of await blocksRun()) covered.add(block);
  }
  const seedBlocks = covered.size;
  const findings = new Map();
  let executions = 0;
  const deadline = Date.now() + (seconds * 1000) / names.length;
  while (Date.now() < deadline) {
    for (const step of fc.sample(plan, { numRuns: 50, seed: seed++ })) {
      const data = mutate(corpus, step);
      executions++;
      try {
        await target(data);
      } catch (error) {
        const message = String(error?.stack ?? error).split('\n').slice(0, 3).join(' | ');
        const key = message.replace(/\d+/g, 'N');
        if (!findings.has(key)) {
          const file = `${ROOT}.fuzz/crashes/${name}-${createHash('sha1').update(data).digest('hex').slice(0, 12)}`;
          writeFileSync(file, data);
          findings.set(key, { message, file });
          console.error(`[${name}] finding: ${message}\n  input: ${file}`);
        }
      }
      let fresh = false;
      for (const block of await blocksRun()) if (!covered.has(block)) (covered.add(block), (fresh = true));
      if (fresh) corpus.push(data);
      if (Date.now() >= deadline) break;
    }
  }
  report.push({ target: name, executions, corpus: corpus.length, blocksAtSeeds: seedBlocks, blocks: covered.size, findings: findings.size });
}
console.table(report);
process.exitCode = report.some((entry) => entry.findings > 0) ? 1 : 0;
