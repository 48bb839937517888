import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { isIsoDate, modeFor, parseRecord, readInput, type InputItem } from '../../src/input/read.js';

async function collect(items: AsyncIterable<InputItem>): Promise<InputItem[]> {
  const all: InputItem[] = [];
  for await (const item of items) all.push(item);
  return all;
}

describe('JSON Lines records', () => {
  it('accepts id, text and an optional date', () => {
    expect(parseRecord('{"id":"a","text":"t","date":"2024-02-29"}', 'f:1')).toEqual({ document: { id: 'a', text: 't', date: '2024-02-29' } });
    expect(parseRecord('{"id":7,"text":"t"}', 'f:1')).toEqual({ document: { id: '7', text: 't' } });
  });

  it.each([
    ['not json', 'not valid JSON'],
    ['[1,2]', 'must be a JSON object'],
    ['{"id":"a"}', 'the record has no "text"'],
    ['{"id":"a","text":["x"]}', '"text" must be a string'],
    ['{"id":"a","text":"t","date":"2023-02-29"}', '"date" must be YYYY-MM-DD'],
  ])('rejects %s with a message naming the line', (line, message) => {
    const item = parseRecord(line, 'f:3');
    expect(item).toMatchObject({ error: expect.stringContaining(message) });
    expect('error' in item && item.error).toContain('f:3');
  });

  it('reads every line of a stream, skipping blank ones and numbering by line', async () => {
    const stdin = Readable.from(['{"id":"a","text":"x"}\n\n', 'oops\n{"id":"b","text":"y"}']);
    const items = await collect(readInput('-', 'jsonl', { stdin }));
    expect(items).toEqual([
      { document: { id: 'a', text: 'x' } },
      { id: 'stdin:3', error: 'stdin:3: not valid JSON' },
      { document: { id: 'b', text: 'y' } },
    ]);
  });
});

describe('input modes and dates', () => {
  it('auto reads .jsonl files as records and everything else as text', () => {
    expect(modeFor('a/b.JSONL', 'auto')).toBe('jsonl');
    expect(modeFor('a/b.txt', 'auto')).toBe('text');
    expect(modeFor('a/b.txt', 'jsonl')).toBe('jsonl');
  });

  it('knows real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-2-1')).toBe(false);
  });
});

describe('reading stays linear on long input', () => {
  it('reads one very long JSON Lines record arriving in many chunks, and many short ones', async () => {
    const long = JSON.stringify({ id: 'long', text: 'x'.repeat(3_000_000) });
    const chunks = Array.from({ length: Math.ceil(long.length / 1000) }, (_, i) => long.slice(i * 1000, (i + 1) * 1000));
    const many = Array.from({ length: 100_000 }, (_, i) => `{"id":"${i}","text":""}\n`).join('');
    const items = await collect(readInput('-', 'jsonl', { stdin: Readable.from([...chunks, '\n', many]), pieceSize: 4_000_000 }));
    expect(items).toHaveLength(100_001);
    expect(items[0]).toEqual({ document: { id: 'long', text: 'x'.repeat(3_000_000) } });
  });

  it('cuts a long text without spaces or line breaks into pieces', async () => {
    const items = await collect(readInput('-', 'text', { stdin: Readable.from(['y'.repeat(2_000_000)]), pieceSize: 100_000 }));
    expect(items).toHaveLength(20);
    expect(items.map((item) => ('piece' in item ? item.piece?.offset : -1))).toEqual(Array.from({ length: 20 }, (_, i) => i * 100_000));
  });
});
