/**
 * The command line: a thin layer over the library. Parses options, streams documents from
 * the inputs through `processDocument`, and writes each record as it is done.
 */
import { createWriteStream, readFileSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { Command, InvalidArgumentError, Option } from 'commander';
import { processClaims, type ClaimsResult } from './claims/index.js';
import { createClaimsFormatter, createFormatter, FORMATS, type FormatName, type Formatter } from './format/index.js';
import { expandInputs, isIsoDate, readInput, type InputMode } from './input/read.js';
import { processDocument } from './process.js';
import { FACT_KINDS, type DocumentResult, type FactKind, type InputDocument } from './types.js';

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
  claims: boolean;
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
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

export function buildProgram(): Command {
  return new Command('factx')
    .description('Pull the checkable facts out of news articles: quantities, dates, locations and attributions, with exact offsets.')
    .argument('[inputs...]', 'files, folders (recursed) or glob patterns; - or nothing reads stdin')
    .addOption(new Option('--input <mode>', 'how inputs are read: auto (.jsonl files are records), text or jsonl').choices(['auto', 'text', 'jsonl']).default('auto'))
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, jsonl otherwise)').choices([...FORMATS]))
    .option('-k, --kinds <list>', `fact kinds to extract (${FACT_KINDS.join(',')})`, parseKinds, [...FACT_KINDS])
    .option('--ref-date <YYYY-MM-DD>', 'reference date for relative dates where a record has none', parseRefDate)
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .option('--claims', 'one row per number: value, what it counts, who says so, when, where (extracts every kind; --kinds is ignored)', false)
    .option('--no-color', 'no colour in table output (also off with NO_COLOR or when not a terminal)')
    .version(version(), '-V, --version')
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run factx --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
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
  const output: Writable = options.output ? createWriteStream(options.output) : process.stdout;
  const toTerminal = !options.output && process.stdout.isTTY === true;
  const format = options.format ?? (toTerminal ? 'table' : 'jsonl');
  const colour = toTerminal && options.color && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '');
  // --claims pairs its own formatter with its own pipeline; both take the same records in order.
  const formatter: Formatter<DocumentResult | ClaimsResult> = options.claims ? createClaimsFormatter(format, { colour }) : createFormatter(format, { colour });
  const run = (document: InputDocument) =>
    options.claims ? processClaims(document, { refDate: options.refDate }) : processDocument(document, { kinds: options.kinds, refDate: options.refDate });
  if (options.claims && program.getOptionValueSource('kinds') === 'cli') process.stderr.write('factx: --claims extracts every kind; --kinds is ignored\n');

  let failed = 0;
  const emit = (result: DocumentResult | ClaimsResult) => {
    if ('error' in result) {
      failed++;
      process.stderr.write(`factx: ${result.id}: ${result.error}\n`);
    }
    output.write(formatter.write(result));
  };

  const { paths, missing } = await expandInputs(program.args);
  for (const path of missing) emit({ id: path, error: 'no such file, folder or matching pattern' });
  for (const path of paths) {
    for await (const item of readInput(path, options.input)) {
      emit('error' in item ? item : run(item.document));
    }
  }
  output.write(formatter.end());
  await new Promise<void>((resolve) => (output === process.stdout ? resolve() : output.end(resolve)));
  return failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
}
