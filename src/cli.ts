/**
 * The command line: a thin layer over the library. Parses options, streams documents from
 * the inputs through the pipeline (in this thread or over workers), and writes each record as
 * it is done.
 */
import { createWriteStream, openSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Writable } from 'node:stream';
import { Command, InvalidArgumentError, Option } from 'commander';
import { createClaimsFormatter, createFormatter, FORMATS, isRecordPart, type FormatName, type Formatter } from './format/index.js';
import { diagnostic } from './format/printable.js';
import type { RecordPart } from './input/pieces.js';
import { expandInputs, isIsoDate, modeFor, readInputs, type InputMode } from './input/read.js';
import { packageFile } from './paths.js';
import { runPipeline } from './pipeline.js';
import type { OutputRecord } from './process.js';
import { createProgress } from './progress.js';
import { readSchema } from './schema/index.js';
import { FACT_KINDS, type FactKind } from './types.js';

export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;

const EXAMPLES = `
Examples:
  $ factx article.txt                         facts of one article, as a table
  $ factx articles/ --format csv -o facts.csv every article in a folder, as CSV
  $ cat article.txt | factx --kinds quantity,date
  $ factx records.jsonl --format jsonl        JSON Lines in ({"id","text","date"?}), JSON Lines out
  $ factx 'news/**/*.txt' --ref-date 2025-02-20 --format json | jq '.[].facts[]'
  $ factx article.txt --claims                each number: who says so, when, where

Exit codes: 0 every input processed, 1 some input failed (the rest were still written), 2 usage error.`;

interface CliOptions {
  input: InputMode;
  format?: FormatName;
  kinds: FactKind[];
  refDate?: string;
  output?: string;
  color: boolean;
  jobs: number;
  quiet: boolean;
  timeBudget: number;
  includeText?: boolean;
  schema?: boolean;
  claims: boolean;
}

const DEFAULT_TIME_BUDGET_MS = 30_000;

function parsePositiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('expected a whole number of 1 or more');
  return number;
}

function parseKinds(value: string): FactKind[] {
  const kinds = value.split(',').map((kind) => kind.trim()).filter(Boolean);
  const unknown = kinds.filter((kind) => !(FACT_KINDS as readonly string[]).includes(kind));
  if (unknown.length > 0 || kinds.length === 0) throw new InvalidArgumentError(`expected a comma-separated list of ${FACT_KINDS.join(', ')}`);
  return kinds as FactKind[];
}

function parseRefDate(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  return value;
}

function version(): string {
  const manifest = JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

export function buildProgram(): Command {
  return new Command('factx')
    .description('Pull the checkable facts out of news articles: quantities, dates, locations and attributions, with exact offsets.')
    .argument('[inputs...]', 'files, folders (recursed) or glob patterns; - or nothing reads stdin')
    .addOption(new Option('--input <mode>', 'how inputs are read: auto (.jsonl files are records, .html/.htm web pages), text, jsonl or html').choices(['auto', 'text', 'jsonl', 'html']).default('auto'))
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, jsonl otherwise)').choices([...FORMATS]))
    .option('-k, --kinds <list>', `fact kinds to extract (${FACT_KINDS.join(',')})`, parseKinds, [...FACT_KINDS])
    .option('--ref-date <YYYY-MM-DD>', 'reference date for relative dates where a record has none', parseRefDate)
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .option('--claims', 'one row per number: value, what it counts, who says so, when, where (extracts every kind; --kinds is ignored)', false)
    .option('--no-color', 'no colour in table output (also off with NO_COLOR or when not a terminal)')
    .option('-j, --jobs <n>', 'worker threads for batches (default: the number of cores)', parsePositiveInteger, availableParallelism())
    .option('--time-budget <ms>', 'milliseconds one document may take before it gets an error record', parsePositiveInteger, DEFAULT_TIME_BUDGET_MS)
    .option('-q, --quiet', 'no progress bar', false)
    .option('--include-text', 'add the text the offsets refer to (for a web page, its article text) to JSON records as "text"')
    .option('--schema', 'print the JSON Schema of the output records and exit')
    .version(version(), '-V, --version')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({
      writeErr: (text) => process.stderr.write(text),
      // Usage errors: one line, e.g. `error: unknown option '--x' (run factx --help for usage)`.
      outputError: (text, write) => write(`${text.trim()} (run factx --help for usage)\n`),
    });
}

/** Run factx with the given arguments; resolves to the exit code. */
export async function main(argv: string[] = process.argv.slice(2)): Promise<number> {
  const program = buildProgram();
  try {
    program.parse(argv, { from: 'user' });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'commander.helpDisplayed' || code === 'commander.version') return EXIT_OK;
    return EXIT_USAGE;
  }
  const options = program.opts<CliOptions>();
  if (options.schema) {
    process.stdout.write(readSchema());
    return EXIT_OK;
  }

  let output: Writable = process.stdout;
  if (options.output) {
    try {
      output = createWriteStream('', { fd: openSync(options.output, 'w') });
    } catch (error) {
      process.stderr.write(`error: cannot write ${options.output}: ${(error as Error).message}\n`);
      return EXIT_USAGE;
    }
  }
  const toTerminal = !options.output && process.stdout.isTTY === true;
  const format = options.format ?? (toTerminal ? 'table' : 'jsonl');
  const colour = toTerminal && options.color && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '');
  // Only the facts formats are ever handed a record in parts: the claims view reads texts whole (below).
  const factsFormatter = options.claims ? undefined : createFormatter(format, { colour });
  const formatter: Formatter<OutputRecord> = factsFormatter ?? createClaimsFormatter(format, { colour });
  const render = (result: OutputRecord | RecordPart) => (isRecordPart(result) ? factsFormatter!.writePart(result) : formatter.write(result));
  if (options.claims && program.getOptionValueSource('kinds') === 'cli') process.stderr.write('factx: --claims extracts every kind; --kinds is ignored\n');

  const showProgress = !options.quiet && process.stderr.isTTY === true;
  const progress = createProgress({ enabled: showProgress, total: showProgress ? await countDocuments(program.args, options.input) : 0 });
  let failed = 0;
  // A reader that went away (`factx … | head`) ends the run quietly; any other write error is one line.
  output.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') process.stderr.write(`factx: cannot write output: ${error.message}\n`);
    process.exit(error.code === 'EPIPE' && failed === 0 ? EXIT_OK : EXIT_SOME_FAILED);
  });
  const emit = async (result: OutputRecord | RecordPart) => {
    if (!isRecordPart(result) || result.last) progress.tick();
    if ('error' in result && result.error !== undefined) {
      failed++;
      progress.log(diagnostic(result.id, result.error));
    }
    if (!output.write(render(result))) await new Promise((resolve) => output.once('drain', resolve));
  };
  const warn = (id: string, message: string) => progress.log(diagnostic(id, `warning: ${message}`));
  // The claims view links facts across the whole text, and --include-text puts the whole text in
  // the record: both read large texts whole instead of in pieces.
  const pieceSize = options.claims || options.includeText ? Infinity : undefined;
  await runPipeline(
    readInputs(program.args, options.input, { warn, pieceSize }),
    { jobs: options.jobs, timeBudget: options.timeBudget, extract: { kinds: options.claims ? undefined : options.kinds, refDate: options.refDate, includeText: options.includeText, claims: options.claims } },
    emit,
  );
  progress.stop();
  output.write(formatter.end());
  await new Promise<void>((resolve) => (output === process.stdout ? resolve() : output.end(resolve)));
  return failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
}

/** How many documents the inputs hold, for the progress bar's total; 0 (unknown) for JSON Lines. */
async function countDocuments(inputs: string[], mode: InputMode): Promise<number> {
  let count = 0;
  for await (const entry of expandInputs(inputs)) {
    if ('path' in entry && modeFor(entry.path, mode) === 'jsonl') return 0;
    count++;
  }
  return count;
}
