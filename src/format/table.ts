import { Chalk } from 'chalk';
import Table from 'cli-table3';
import type { DocumentResult, Fact, FactKind } from '../types.js';
import type { Formatter } from './formatter.js';
import { printable } from './printable.js';
import { displayDetail, displayValue } from './values.js';

const KIND_COLOURS: Record<FactKind, 'cyan' | 'green' | 'yellow' | 'magenta'> = {
  quantity: 'cyan',
  date: 'green',
  location: 'yellow',
  attribution: 'magenta',
};

const TEXT_WIDTH = 60;

/** A table per document, for people at a terminal. */
export function tableFormatter(options: { colour: boolean }): Formatter {
  return documentTables<DocumentResult, Fact>(options, {
    head: ['kind', 'text', 'value', 'details'],
    colWidths: [13, TEXT_WIDTH + 2, 22, 40],
    rows: (facts, chalk) => ({ summary: `${facts.length} facts`, rows: facts.map((fact) => row(fact, chalk)) }),
  }, (result) => ('error' in result ? result : { id: result.id, items: result.facts }));
}

type Chalker = InstanceType<typeof Chalk>;

interface TableLayout<T> {
  head: string[];
  colWidths: number[];
  /** The rows for a document's items, and the summary shown beside its name. */
  rows(items: T[], chalk: Chalker): { summary: string; rows: string[][] };
}

/** One table per document (its name and a summary above), or its error; used by the facts and claims tables. */
export function documentTables<R, T>(
  options: { colour: boolean },
  layout: TableLayout<T>,
  itemsOf: (result: R) => { id: string; items: T[] } | { id: string; error: string },
): Formatter<R> {
  const chalk = new Chalk({ level: options.colour ? 1 : 0 });
  return {
    write: (result) => {
      const record = itemsOf(result);
      if ('error' in record) return `${chalk.bold(printable(record.id))}\n${chalk.red(`error: ${printable(record.error)}`)}\n\n`;
      const table = new Table({ head: layout.head, style: { head: options.colour ? ['bold'] : [], border: [] }, wordWrap: true, colWidths: layout.colWidths });
      const { summary, rows } = layout.rows(record.items, chalk);
      for (const cells of rows) table.push(cells);
      return `${chalk.bold(printable(record.id))} ${chalk.dim(summary)}\n${table.toString()}\n\n`;
    },
    end: () => '',
  };
}

function row(fact: Fact, chalk: Chalker): string[] {
  const colour = chalk[KIND_COLOURS[fact.kind]];
  return [colour(fact.kind), printable(fact.text), printable(displayValue(fact)), printable(displayDetail(fact))];
}
