/**
 * The command line: a thin layer over the library. Parses options, streams documents from
 * the inputs through `processDocument`, and writes each record as it is done.
 */
import { createWriteStream, openSync, readFileSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { Command, InvalidArgumentError, Option } from 'commander';
import { createFormatter, FORMATS, type FormatName } from './format/index.js';
import { diagnostic } from './format/printable.js';
import { PieceMerger, processPiece } from './input/pieces.js';
import { isIsoDate, readInputs, type InputMode } from './input/read.js';
import { FACT_KINDS, type DocumentResult, type FactKind } from './types.js';

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

Exit codes: 0 every input processed, 1 some input failed (the rest were still written), 2 usage error.`;

interface CliOptions {
  input: InputMode;
  format?: FormatName;
  kinds: FactKind[];
  refDate?: string;
  output?: string;
  color: boolean;
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
    .option('--no-color', 'no colour in table output (also off with NO_COLOR or when not a terminal)')
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
  const formatter = createFormatter(format, { colour });

  let failed = 0;
  // A reader that went away (`factx … | head`) ends the run quietly; any other write error is one line.
  output.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') process.stderr.write(`factx: cannot write output: ${error.message}\n`);
    process.exit(error.code === 'EPIPE' && failed === 0 ? EXIT_OK : EXIT_SOME_FAILED);
  });
  const emit = (result: DocumentResult) => {
    if ('error' in result) {
      failed++;
      process.stderr.write(diagnostic(result.id, result.error));
    }
    output.write(formatter.write(result));
  };

  const warn = (id: string, message: string) => process.stderr.write(diagnostic(id, `warning: ${message}`));
  const merger = new PieceMerger();
  for await (const item of readInputs(program.args, options.input, { warn })) {
    const record = 'error' in item ? merger.add(item) : merger.add(item, processPiece(item.document, { kinds: options.kinds, refDate: options.refDate }));
    if (record) emit(record);
  }
  output.write(formatter.end());
  await new Promise<void>((resolve) => (output === process.stdout ? resolve() : output.end(resolve)));
  return failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
}
