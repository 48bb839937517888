import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import { extractCounted } from '../../src/extract.js';
import { cutPoint, PieceCutter, PieceMerger, piecesOf } from '../../src/input/pieces.js';
import type { ExtractOptions, InputDocument } from '../../src/types.js';

/** What a worker gives for one piece: its facts and sentence count. */
const processPiece = (document: InputDocument, options: ExtractOptions = {}) => extractCounted(document.text, { ...options, refDate: document.date ?? options.refDate });

describe('cutting a long text into pieces', () => {
  it('cuts after the last blank line in reach', () => {
    const text = 'First paragraph here.\n\nSecond one.\r\n  \r\nThird paragraph, which is long.';
    expect(text.slice(0, cutPoint(text, 40))).toBe('First paragraph here.\n\nSecond one.\r\n  \r\n');
  });

  it('falls back to a line break, then a space, then a hard cut that keeps surrogate pairs whole', () => {
    expect(cutPoint('aaaa bbbb\ncccc dddd eeee', 12)).toBe(10);
    expect(cutPoint('aaaa bbbb cccc dddd eeee', 17)).toBe(15);
    expect(cutPoint('aaaaaaaa😀bbbbbb', 9)).toBe(8);
  });

  it('leaves a short text whole, without piece information', () => {
    expect(piecesOf({ id: 'a', text: 'short' }, 100)).toEqual([{ document: { id: 'a', text: 'short' } }]);
  });

  it('gives pieces whose offsets and texts put the whole text back together, however it arrives', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 30 }), { maxLength: 20 }), fc.integer({ min: 2, max: 40 }), (chunks, size) => {
        const text = chunks.join('');
        const cutter = new PieceCutter({ id: 'x' }, size);
        const items = [...chunks.flatMap((chunk) => cutter.push(chunk)), ...cutter.end()];
        expect(items.map((item) => item.document.text).join('')).toBe(text);
        if (items.length === 1) expect(items[0].piece).toBeUndefined();
        else items.forEach((item, index) => {
          expect(item.piece).toEqual({ offset: text.indexOf(item.document.text, item.piece?.offset), index, last: index === items.length - 1 });
          expect(item.document.text.length).toBeLessThanOrEqual(size);
        });
      }),
    );
  });
});

describe('merging the facts of pieces', () => {
  const paragraph = (n: number) => `About ${n},000 soldiers arrived in Kursk in February 2025, officials said.\n\n`;
  const text = Array.from({ length: 12 }, (_, i) => paragraph(i + 1)).join('');

  it('gives the same facts as extracting the whole text, with offsets, sentences and ids of the whole', () => {
    const merger = new PieceMerger();
    const items = piecesOf({ id: 'big', text }, 200);
    expect(items.length).toBeGreaterThan(3);
    const records = items.map((item) => merger.add(item, processPiece(item.document, { refDate: '2025-02-20' })));
    expect(records.slice(0, -1).every((record) => record === undefined)).toBe(true);
    expect(records.at(-1)).toEqual({ id: 'big', facts: extract(text, { refDate: '2025-02-20' }) });
  });

  it('turns a text into one error record when a piece fails or reading stops part-way', () => {
    const merger = new PieceMerger();
    const [first, second] = piecesOf({ id: 'big', text }, 200);
    expect(merger.add(first, processPiece(first.document))).toBeUndefined();
    expect(merger.add(second, { error: 'boom' })).toBeUndefined();
    expect(merger.add({ id: 'big', error: 'permission denied', piece: { offset: 999, index: 2, last: true } })).toEqual({
      id: 'big',
      error: `boom (in the piece at offset ${second.piece?.offset})`,
    });
  });

  it('passes whole documents and plain errors straight through', () => {
    const merger = new PieceMerger();
    expect(merger.add({ id: 'gone', error: 'no such file' })).toEqual({ id: 'gone', error: 'no such file' });
    expect(merger.add({ document: { id: 'a', text: 'About 300 troops.' } }, processPiece({ id: 'a', text: 'About 300 troops.' }))).toEqual({
      id: 'a',
      facts: extract('About 300 troops.'),
    });
  });
});
