import { Chalk } from 'chalk';
import Table from 'cli-table3';
import type { DocumentResult, Fact, FactKind } from '../types.js';
import type { FactsFormatter } from './formatter.js';
import { printable } from './printable.js';
import { displayDetail, displayValue } from './values.js';

const KIND_COLOURS: Record<FactKind, 'cyan' | 'green' | 'yellow' | 'magenta'> = {
  quantity: 'cyan',
  date: 'green',
  location: 'yellow',
  attribution: 'magenta',
};

const TEXT_WIDTH = 60;

/** A table per document, for people at a terminal; a very large text's in one table per piece. */
export function tableFormatter(options: { colour: boolean }): FactsFormatter {
  let partFacts = 0; // facts so far of the record being written in parts
  const tables = documentTables<DocumentResult, Fact>(options, {
    head: ['kind', 'text', 'value', 'details'],
    colWidths: [13, TEXT_WIDTH + 2, 22, 40],
    rows: (facts, chalk) => ({ summary: `${facts.length} facts`, rows: facts.map((fact) => row(fact, chalk)) }),
  }, (result) => ({ id: result.id, items: 'facts' in result ? result.facts : undefined, error: 'error' in result ? result.error : undefined }));
  return {
    ...tables,
    writePart: (part) => {
      partFacts = (part.first ? 0 : partFacts) + part.facts.length;
      const opening = part.first ? tables.heading(part.id, 'in parts') : '';
      const closing = part.last ? `${tables.dim(`${partFacts} facts`)}\n${tables.failure(part.error)}\n` : '';
      return `${opening}${part.facts.length > 0 ? tables.table(part.facts) : ''}${closing}`;
    },
  };
}

type Chalker = InstanceType<typeof Chalk>;

interface TableLayout<T> {
  head: string[];
  colWidths: number[];
  /** The rows for a document's items, and the summary shown beside its name. */
  rows(items: T[], chalk: Chalker): { summary: string; rows: string[][] };
}

/** A document's items, or why it failed, or both (a large text some of whose pieces failed). */
type TableRecord<T> = { id: string; items?: T[]; error?: string };

/** One table per document (its name and a summary above), and its error; used by the facts and claims tables. */
export function documentTables<R, T>(options: { colour: boolean }, layout: TableLayout<T>, itemsOf: (result: R) => TableRecord<T>) {
  const chalk = new Chalk({ level: options.colour ? 1 : 0 });
  const heading = (id: string, summary: string) => `${chalk.bold(printable(id))} ${chalk.dim(summary)}\n`;
  const table = (rows: string[][]) => {
    const table = new Table({ head: layout.head, style: { head: options.colour ? ['bold'] : [], border: [] }, wordWrap: true, colWidths: layout.colWidths });
    for (const cells of rows) table.push(cells);
    return `${table.toString()}\n`;
  };
  const failure = (error: string | undefined) => (error === undefined ? '' : `${chalk.red(`error: ${printable(error)}`)}\n`);
  return {
    write: (result: R) => {
      const { id, items, error } = itemsOf(result);
      if (!items) return `${chalk.bold(printable(id))}\n${failure(error)}\n`;
      const { summary, rows } = layout.rows(items, chalk);
      return `${heading(id, summary)}${table(rows)}${failure(error)}\n`;
    },
    end: () => '',
    // The pieces a record written in parts is made of (see tableFormatter).
    heading,
    table: (items: T[]) => table(layout.rows(items, chalk).rows),
    failure,
    dim: (text: string) => chalk.dim(text),
  };
}

function row(fact: Fact, chalk: Chalker): string[] {
  const colour = chalk[KIND_COLOURS[fact.kind]];
  return [colour(fact.kind), printable(fact.text), printable(displayValue(fact)), printable(displayDetail(fact))];
}
