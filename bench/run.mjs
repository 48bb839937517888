#!/usr/bin/env node
// factx benchmarks. Every figure is a ratio to a baseline measured in the same run, since these
// machines are noisy; absolute figures are printed beside them. Run with `npm run bench`.
//
//   throughput   extract() of all four kinds vs compromise's own nlp(text), same texts, one thread (CPU time)
//   scaling      the CLI over a JSON Lines corpus with --jobs 2 vs --jobs 1, beside what two
//                processes of plain nlp() gain on this machine (its ceiling)
//   latency      median wall time of a one-line run of the `factx` command vs `node -e ''`
//   memory       peak RSS on a 200 MB folder and a 50 MB file, beside a 2 MB folder
//
// Corpus: the texts of ../shared/eval when present, else fixtures/. BENCH_MB caps the text used
// for throughput and scaling (default 2); BENCH_SKIP_MEMORY=1 skips the slow memory runs.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { extract } from '../dist/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'factx.js');
/** The installed `factx` command (a POSIX sh launcher), as a shell one-liner runs it. */
const command = join(root, 'bin', 'factx');
const capBytes = Number(process.env.BENCH_MB ?? 2) * 1024 * 1024;

function loadCorpus() {
  const evalDir = join(root, '..', 'shared', 'eval');
  const texts = [];
  if (existsSync(evalDir)) {
    for (const entry of readdirSync(evalDir, { withFileTypes: true }).filter((e) => e.isDirectory())) {
      const folder = join(evalDir, entry.name);
      for (const file of readdirSync(folder).filter((f) => f.endsWith('.jsonl'))) {
        for (const line of readFileSync(join(folder, file), 'utf8').split('\n')) if (line.trim()) texts.push(JSON.parse(line).text);
      }
    }
  }
  if (texts.length === 0) for (const file of readdirSync(join(root, 'fixtures'))) if (file.endsWith('.txt')) texts.push(readFileSync(join(root, 'fixtures', file), 'utf8'));
  // Interleave sources so a capped corpus still mixes them; longest texts are the most news-like.
  const picked = [];
  let bytes = 0;
  for (const text of texts.filter((t) => t.length > 200).sort((a, b) => hash(a) - hash(b))) {
    if (bytes >= capBytes) break;
    picked.push(text);
    bytes += Buffer.byteLength(text);
  }
  return { texts: picked, bytes, source: existsSync(evalDir) ? '../shared/eval' : 'fixtures' };
}

function hash(text) {
  let h = 0;
  for (let i = 0; i < text.length; i += 97) h = (h * 31 + text.charCodeAt(i)) | 0;
  return h;
}

const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9;
const kib = (bytes) => bytes / 1024;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (n, digits = 2) => n.toFixed(digits);

/** CPU seconds (user + system) of this process spent in `run`: unlike wall time, not inflated by other load. */
function cpuSeconds(run) {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

function throughput(corpus) {
  // Warm both up, then alternate text by text so drift in machine load hits both alike.
  for (const text of corpus.texts.slice(0, 5)) {
    nlp(text);
    extract(text);
  }
  let nlpTime = 0;
  let factxTime = 0;
  for (let round = 0; round < 2; round++) {
    for (const text of corpus.texts) {
      nlpTime += cpuSeconds(() => nlp(text));
      factxTime += cpuSeconds(() => extract(text, { refDate: '2020-01-01' }));
    }
  }
  const nlpRate = kib(corpus.bytes * 2) / nlpTime;
  const factxRate = kib(corpus.bytes * 2) / factxTime;
  return { nlpRate, factxRate, ratio: factxRate / nlpRate };
}

function runCli(args, input) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [bin, ...args], { input, maxBuffer: 1 << 30, stdio: [input === undefined ? 'ignore' : 'pipe', 'ignore', 'pipe'] });
  if (result.status !== 0 && result.status !== 1) throw new Error(`factx ${args.join(' ')} failed: ${result.stderr}`);
  return seconds(start);
}

async function scaling(corpus) {
  const input = corpus.texts.map((text, i) => JSON.stringify({ id: String(i), text })).join('\n') + '\n';
  // Best of two runs each, alternated: the host's load comes and goes within a run.
  const times = { 1: [], 2: [] };
  for (let round = 0; round < 2; round++) for (const jobs of [1, 2]) times[jobs].push(runCli(['--input', 'jsonl', '--format', 'jsonl', '--jobs', String(jobs)], input));
  const one = Math.min(...times[1]);
  const two = Math.min(...times[2]);
  return { one: kib(corpus.bytes) / one, two: kib(corpus.bytes) / two, ratio: one / two, ceiling: await machineCeiling(corpus) };
}

/**
 * What two cores give here at best: compromise's nlp() over the two halves of the corpus in two
 * processes at once, against the same two runs one after the other. Virtual cores that share a
 * physical one, or a busy host, keep this well under 2.
 */
async function machineCeiling(corpus) {
  const scratch = mkdtempSync(join(tmpdir(), 'factx-ceiling-'));
  try {
    const half = Math.ceil(corpus.texts.length / 2);
    const files = [corpus.texts.slice(0, half), corpus.texts.slice(half)].map((texts, i) => {
      const file = join(scratch, `half-${i}.json`);
      writeFileSync(file, JSON.stringify(texts));
      return file;
    });
    const script = "import nlp from 'compromise'; import { readFileSync } from 'node:fs'; for (const t of JSON.parse(readFileSync(process.argv[1], 'utf8'))) nlp(t);";
    const args = (file) => ['--input-type=module', '-e', script, file];
    const sequential = timeWall(() => files.forEach((file) => spawnSync(process.execPath, args(file), { cwd: root })));
    const start = process.hrtime.bigint();
    const children = files.map((file) => spawn(process.execPath, args(file), { cwd: root, stdio: 'ignore' }));
    await Promise.all(children.map((child) => new Promise((resolve) => child.on('close', resolve))));
    const parallel = seconds(start);
    return sequential / parallel;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function latency(runs = 15) {
  const line = 'About 300 soldiers died near Kursk on Monday, officials said.\n';
  const factx = [];
  const viaNode = [];
  const node = [];
  for (let i = 0; i < runs; i++) {
    node.push(timeWall(() => spawnSync(process.execPath, ['-e', ''])));
    factx.push(timeWall(() => spawnSync(command, ['--format', 'jsonl'], { input: line })));
    viaNode.push(timeWall(() => spawnSync(process.execPath, [bin, '--format', 'jsonl'], { input: line })));
  }
  return { factx: median(factx), viaNode: median(viaNode), node: median(node), ratio: median(factx) / median(node) };
}

function timeWall(run) {
  const start = process.hrtime.bigint();
  run();
  return seconds(start);
}

/** Peak resident memory of a factx run, in MiB, read by GNU time. */
function peakRss(args) {
  const result = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, bin, ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  const lines = result.stderr.trim().split('\n');
  return Number(lines[lines.length - 1]) / 1024;
}

function makeFolder(dir, texts, bytes) {
  mkdirSync(dir, { recursive: true });
  let written = 0;
  for (let i = 0; written < bytes; i++) {
    const text = texts[i % texts.length];
    writeFileSync(join(dir, `article-${String(i).padStart(6, '0')}.txt`), text);
    written += Buffer.byteLength(text);
  }
}

function makeFile(path, texts, bytes) {
  const parts = [];
  let written = 0;
  for (let i = 0; written < bytes; i++) {
    parts.push(texts[i % texts.length]);
    written += Buffer.byteLength(texts[i % texts.length]) + 2;
  }
  writeFileSync(path, parts.join('\n\n'));
}

function memory(corpus) {
  if (!existsSync('/usr/bin/time')) return undefined;
  const scratch = mkdtempSync(join(tmpdir(), 'factx-bench-'));
  try {
    makeFolder(join(scratch, 'small'), corpus.texts, 2 * 1024 * 1024);
    makeFolder(join(scratch, 'large'), corpus.texts, 200 * 1024 * 1024);
    makeFile(join(scratch, 'big.txt'), corpus.texts, 50 * 1024 * 1024);
    const out = ['--format', 'jsonl', '--quiet'];
    return {
      small: peakRss([join(scratch, 'small'), ...out]),
      large: peakRss([join(scratch, 'large'), ...out]),
      file: peakRss([join(scratch, 'big.txt'), ...out]),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const corpus = loadCorpus();
console.log(`factx bench — ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${fmt(totalmem() / 2 ** 30, 0)} GiB, Node ${process.version}`);
console.log(`corpus: ${corpus.texts.length} texts, ${fmt(kib(corpus.bytes), 0)} KiB from ${corpus.source}\n`);

const t = throughput(corpus);
console.log(`throughput  ${fmt(t.ratio)} × compromise nlp()   factx ${fmt(t.factxRate, 0)} KiB/s, nlp() ${fmt(t.nlpRate, 0)} KiB/s   (goal ≥ 1.0)`);
const s = await scaling(corpus);
console.log(`scaling     ${fmt(s.ratio)} × --jobs 1          --jobs 2 ${fmt(s.two, 0)} KiB/s, --jobs 1 ${fmt(s.one, 0)} KiB/s   (goal ≥ 1.8; this machine's ceiling: ${fmt(s.ceiling)} × for two nlp() processes)`);
const l = latency();
console.log(`latency     ${fmt(l.ratio)} × node -e ''          factx ${fmt(l.factx * 1000, 0)} ms, node ${fmt(l.node * 1000, 0)} ms   (goal ≤ 3; \`node bin/factx.js\` ${fmt(l.viaNode * 1000, 0)} ms)`);
if (process.env.BENCH_SKIP_MEMORY) {
  console.log('memory      skipped (BENCH_SKIP_MEMORY)');
} else {
  const m = memory(corpus);
  if (!m) console.log('memory      skipped (needs /usr/bin/time)');
  else console.log(`memory      200 MB folder ${fmt(m.large, 0)} MiB (${fmt(m.large / m.small)} × 2 MB folder, ${fmt(m.small, 0)} MiB); 50 MB file ${fmt(m.file, 0)} MiB (${fmt(m.file / m.small)} ×)   (goal < 300 MiB)`);
}
