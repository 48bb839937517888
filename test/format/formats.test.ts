import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../src/format/index.js';
import { neutraliseFormula } from '../../src/format/csv.js';
import { printable } from '../../src/format/printable.js';
import type { RecordPart } from '../../src/input/pieces.js';
import type { DocumentResult, Fact } from '../../src/types.js';

const records: DocumentResult[] = [
  {
    id: 'doc-1',
    facts: [
      { id: 'q1', kind: 'quantity', start: 0, end: 14, text: '1,000 to 3,000', sentence: 0, value: { low: 1000, high: 3000 }, unit: 'troops' },
      { id: 'l1', kind: 'location', start: 20, end: 25, text: '=SUM(A1)', sentence: 0, value: 'RU', name: 'Kursk', country: 'RU' },
    ],
  },
  { id: 'doc-2', error: 'not valid JSON' },
];

function render(format: 'json' | 'jsonl' | 'csv' | 'table', input = records): string {
  const formatter = createFormatter(format, { colour: false });
  return input.map((r) => formatter.write(r)).join('') + formatter.end();
}

describe('formatters', () => {
  it('json streams one valid array, also when there are no records', () => {
    expect(JSON.parse(render('json'))).toEqual(records);
    expect(JSON.parse(render('json', []))).toEqual([]);
  });

  it('jsonl writes one record per line', () => {
    expect(render('jsonl').trim().split('\n').map((line) => JSON.parse(line))).toEqual(records);
  });

  it('json stays valid with lone surrogates in the text', () => {
    const odd: DocumentResult[] = [{ id: '\ud800x', facts: [] }];
    expect(() => JSON.parse(render('json', odd))).not.toThrow();
    expect(render('jsonl', odd)).toContain('\\ud800');
  });

  it('csv has a header, a row per fact, range ends in low/high, and an error row', () => {
    const rows = parse(render('csv'), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ document: 'doc-1', kind: 'quantity', low: '1000', high: '3000', unit: 'troops', value: '' });
    expect(rows[2]).toMatchObject({ document: 'doc-2', error: 'not valid JSON' });
  });

  it('csv neutralises formula-looking text cells but keeps numbers', () => {
    const rows = parse(render('csv'), { columns: true }) as Record<string, string>[];
    expect(rows[1].text).toBe("'=SUM(A1)");
    expect(neutraliseFormula(-5)).toBe(-5);
    expect(neutraliseFormula('plain')).toBe('plain');
  });

  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1 more', "'+1 more"],
    ['@cmd', "'@cmd"],
    ['\tindented', "'\tindented"],
    ['\rreturn', "'\rreturn"],
    ['-A1', "'-A1"],
    ['-2+3+cmd|calc', "'-2+3+cmd|calc"],
    ['- a bullet', "'- a bullet"],
    ['-5', '-5'],
    ['-1,200.5', '-1,200.5'],
    ['a-b', 'a-b'],
    ["'quoted", "'quoted"],
  ])('csv text cell %j is written as %j (OWASP formula rule; plain negative numbers stay)', (cell, written) => {
    expect(neutraliseFormula(cell)).toBe(written);
  });

  it('csv escaping is linear on long formula-like cells', () => {
    expect(neutraliseFormula(`-${'1,000'.repeat(200_000)}x`)).toMatch(/^'-/);
    expect(neutraliseFormula(`-${'1'.repeat(1_000_000)}.`)).toMatch(/^'-/);
  });

  it('table escaping is linear on long runs of control characters', () => {
    expect(printable('\u001b['.repeat(300_000))).toHaveLength(300_000 * 5);
    expect(printable('\r\n'.repeat(300_000))).toBe(' '.repeat(300_000));
  });

  it('csv writes just the header when there are no records', () => {
    expect(render('csv', []).trim().split(',')[0]).toBe('document');
  });

  it('table shows each document with its facts and errors', () => {
    const table = render('table');
    expect(table).toContain('doc-1');
    expect(table).toContain('1000–3000');
    expect(table).toContain('error: not valid JSON');
  });

  it('table never passes terminal control sequences through', () => {
    expect(printable('a\u001b[31mred\u0007\nb')).toBe('a\\x1b[31mred\\x07 b');
  });

  describe('a very large text\'s record, written in parts as its pieces finish', () => {
    const facts = (records[0] as { facts: Fact[] }).facts;
    const more: Fact[] = [...facts, { id: 'd1', kind: 'date', start: 30, end: 38, text: 'February', sentence: 1, value: 'XXXX-02', type: 'DATE' }];
    /** The record cut into parts after the given fact counts, the way PieceMerger hands them over. */
    const partsOf = (id: string, all: Fact[], cuts: number[], error?: string): RecordPart[] => {
      const bounds = [0, ...cuts.map((cut) => cut % (all.length + 1)).sort((a, b) => a - b), all.length];
      return bounds.slice(1).map((end, i) => ({ id, facts: all.slice(bounds[i], end), first: i === 0, last: i === bounds.length - 2, ...(error && i === bounds.length - 2 ? { error } : {}) }));
    };
    const inParts = (format: 'json' | 'jsonl' | 'csv' | 'table', parts: RecordPart[], before: DocumentResult[] = []) => {
      const formatter = createFormatter(format, { colour: false });
      return before.map((r) => formatter.write(r)).join('') + parts.map((part) => formatter.writePart(part)).join('') + formatter.end();
    };

    it.each(['json', 'jsonl', 'csv'] as const)('%s: comes out byte for byte as the whole record would, however it is cut', (format) => {
      fc.assert(
        fc.property(fc.array(fc.nat(10), { maxLength: 4 }), fc.option(fc.constantFrom('boom (in the piece at offset 9)'), { nil: undefined }), (cuts, error) => {
          const whole: DocumentResult = error === undefined ? { id: 'big', facts: more } : { id: 'big', facts: more, error };
          expect(inParts(format, partsOf('big', more, cuts, error), [records[1]])).toBe(render(format, [records[1], whole]));
        }),
      );
    });

    it('jsonl: a record whose piece failed keeps the other pieces\' facts and says why', () => {
      const line = inParts('jsonl', partsOf('big', more, [1], 'boom')).trim();
      expect(JSON.parse(line)).toEqual({ id: 'big', facts: more, error: 'boom' });
    });

    it('table: the name above, a table per part, the fact count and any error after the last', () => {
      const table = inParts('table', partsOf('big', more, [2], 'boom'));
      expect(table.indexOf('big in parts')).toBe(0);
      expect(table.match(/┌/g)).toHaveLength(2);
      expect(table).toContain('1000–3000');
      expect(table).toMatch(/3 facts\nerror: boom\n\n$/);
    });
  });
});
