import { Chalk } from 'chalk';
import Table from 'cli-table3';
import type { Fact, FactKind } from '../types.js';
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
  const chalk = new Chalk({ level: options.colour ? 1 : 0 });
  return {
    write: (result) => {
      if ('error' in result) return `${chalk.bold(printable(result.id))}\n${chalk.red(`error: ${printable(result.error)}`)}\n\n`;
      const table = new Table({
        head: ['kind', 'text', 'value', 'details'],
        style: { head: options.colour ? ['bold'] : [], border: [] },
        wordWrap: true,
        colWidths: [13, TEXT_WIDTH + 2, 22, 40],
      });
      for (const fact of result.facts) table.push(row(fact, chalk));
      const heading = `${chalk.bold(printable(result.id))} ${chalk.dim(`${result.facts.length} facts`)}`;
      return `${heading}\n${table.toString()}\n\n`;
    },
    end: () => '',
  };
}

function row(fact: Fact, chalk: InstanceType<typeof Chalk>): string[] {
  const colour = chalk[KIND_COLOURS[fact.kind]];
  return [colour(fact.kind), printable(fact.text), printable(displayValue(fact)), printable(displayDetail(fact))];
}
