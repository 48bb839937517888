import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { ClaimsResult } from '../../src/claims/index.js';
import { createClaimsFormatter } from '../../src/format/index.js';

const records: ClaimsResult[] = [
  {
    id: 'doc-1',
    claims: [
      {
        quantity: 'q1', text: '1,000 to 3,000', start: 0, end: 14, value: { low: 1000, high: 3000 }, qualifier: '~', unit: 'troops',
        attribution: 'a1', source: 'JoongAng', cue: 'according to',
        when: [{ id: 'd1', text: 'January', value: '2025-01' }, { id: 'd2', text: 'February', value: 'XXXX-02' }],
        where: [{ id: 'l1', text: 'the Kursk front', name: 'Kursk', value: 'geonames:538560' }],
        sentence: 0, sentenceText: '1,000 to 3,000 troops were sent.',
      },
      { quantity: 'q2', text: '-5%', start: 20, end: 23, value: -5, unit: '%', attribution: null, source: null, cue: null, when: [], where: [], sentence: 1, sentenceText: '=cmd\u001b[2J' },
    ],
  },
  { id: 'doc-2', error: 'not valid JSON' },
];

function render(format: 'json' | 'jsonl' | 'csv' | 'table'): string {
  const formatter = createClaimsFormatter(format, { colour: false });
  return records.map((record) => formatter.write(record)).join('') + formatter.end();
}

describe('claims formats', () => {
  it('json and jsonl carry the records as they are', () => {
    expect(JSON.parse(render('json'))).toEqual(records);
    expect(render('jsonl').trim().split('\n').map((line) => JSON.parse(line))).toEqual(records);
  });

  it('csv: a row per claim, range ends in low/high, lists joined, formulas neutralised, an error row', () => {
    const rows = parse(render('csv'), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ document: 'doc-1', quantity: 'q1', value: '', low: '1000', high: '3000', qualifier: '~', source: 'JoongAng', when: 'January; February', when_values: '2025-01; XXXX-02', where: 'Kursk', where_values: 'geonames:538560' });
    expect(rows[1]).toMatchObject({ text: "'-5%", value: '-5', source: '', sentence_text: "'=cmd\u001b[2J" });
    expect(rows[2]).toMatchObject({ document: 'doc-2', error: 'not valid JSON' });
  });

  it('table: who says so, or "unattributed"; unresolved dates by their text; no control characters', () => {
    const table = render('table');
    expect(table).toContain('2 claims, 1 unattributed');
    expect(table).toMatch(/~1000–3000 +│ troops +│ JoongAng +│ 2025-01, +│ Kursk/);
    expect(table).toContain('February');
    expect(table).toMatch(/-5 +│ % +│ unattributed/);
    expect(table).not.toContain('\u001b');
    expect(table).toContain('error: not valid JSON');
  });
});
