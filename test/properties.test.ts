import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, neutraliseFormula } from '../src/format/csv.js';
import { createFormatter } from '../src/format/index.js';
import { printable } from '../src/format/printable.js';
import { extract } from '../src/index.js';
import type { DocumentResult, Fact, Span } from '../src/types.js';

/** Text that looks like news: words, numbers, quotes, dates and places among arbitrary characters. */
const newsish = fc
  .array(
    fc.oneof(
      fc.constantFrom('about', 'up to', '1,000', '3,000', '-', '–', 'to', '40%', '$2.5 billion', 'said', 'claims', 'according to', '“', '”', '"',
        'Kursk', 'Russia’s', 'Seoul', 'early', 'February', '2025', 'Monday', 'the', 'NIS', '(NIS)', ',', '.', '\n\n', ' ', 'week', 'monthlong'),
      fc.string({ maxLength: 8 }),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(' '));

function spansOf(fact: Fact): Span[] {
  return fact.kind === 'attribution' ? [fact, ...[fact.source, fact.cue, fact.content].filter((s): s is NonNullable<typeof s> => !!s)] : [fact];
}

/** The invariant: every span of every fact slices back to its text. */
function expectExactOffsets(text: string, refDate?: string): void {
  for (const fact of extract(text, { refDate })) {
    for (const span of spansOf(fact)) expect(text.slice(span.start, span.end)).toBe(span.text);
  }
}

describe('every fact keeps exact offsets', () => {
  it('on news-like text', () => {
    fc.assert(
      fc.property(newsish, (text) => expectExactOffsets(text, '2025-02-20')),
      { numRuns: 200 },
    );
  });

  it('on arbitrary strings, including lone surrogates and control characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => expectExactOffsets(text)),
      { numRuns: 200 },
    );
  });
});

/** Strings built to hurt: runs of one character or token, unclosed quotes, control characters, surrogates. */
const adversarial = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc
    .tuple(fc.constantFrom(' ', '\n', '\r\n', '-', '1', '1,', '1 ', '“', '"', '$', '%', 'early ', 'said ', "Russia's ", 'Kim ', 'A. ', '\u001b[', '\ud800', '\u0000'), fc.integer({ min: 1, max: 400 }))
    .map(([unit, count]) => unit.repeat(count)),
  newsish,
);

describe('on hostile text', () => {
  it('extraction never throws and every fact keeps exact offsets', () => {
    fc.assert(
      fc.property(adversarial, (text) => expectExactOffsets(text, '2025-02-20')),
      { numRuns: 150 },
    );
  });

  const results = fc.tuple(fc.string({ unit: 'binary', maxLength: 40 }), adversarial).map(([id, text]): DocumentResult => ({ id, facts: extract(text) }));

  it('JSON and JSON Lines output always parse back to the same records', () => {
    fc.assert(
      fc.property(fc.array(results, { maxLength: 3 }), (records) => {
        const render = (format: 'json' | 'jsonl') => {
          const formatter = createFormatter(format, { colour: false });
          return records.map((record) => formatter.write(record)).join('') + formatter.end();
        };
        const wellFormed = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
        expect(JSON.parse(render('json'))).toEqual(wellFormed(records));
        const lines = render('jsonl').split('\n').filter(Boolean);
        expect(lines.map((line) => JSON.parse(line))).toEqual(wellFormed(records));
      }),
      { numRuns: 60 },
    );
  });

  it('CSV output round-trips through a CSV parser, with formula cells escaped', () => {
    fc.assert(
      fc.property(results, (record) => {
        const formatter = createFormatter('csv', { colour: false });
        const rows = parse(formatter.write(record) + formatter.end(), { columns: true }) as Record<string, string>[];
        const expected: DocumentResult = record;
        if ('error' in expected) return;
        expect(rows).toHaveLength(expected.facts.length);
        rows.forEach((row, i) => {
          expect(Object.keys(row)).toEqual([...CSV_COLUMNS]);
          const fact = expected.facts[i];
          expect(row.text).toBe(neutraliseFormula(fact.text));
          expect([Number(row.start), Number(row.end)]).toEqual([fact.start, fact.end]);
          for (const cell of Object.values(row)) expect(cell).not.toMatch(/^(?:[=+@\t\r]|-(?!\d))/);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('table text never carries a control character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(printable(text)).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
      }),
    );
  });
});
