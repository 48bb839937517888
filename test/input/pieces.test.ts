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
  const pieces = () => piecesOf({ id: 'big', text }, 200).map((item) => ({ ...item, piece: item.piece! }));

  it('gives parts whose facts are those of the whole text, with its offsets, sentences and ids', () => {
    const merger = new PieceMerger();
    const items = pieces();
    expect(items.length).toBeGreaterThan(3);
    const parts = items.map((item) => merger.add('big', item.piece, processPiece(item.document, { refDate: '2025-02-20' })));
    expect(parts.map((part) => [part.first, part.last])).toEqual(items.map((_, i) => [i === 0, i === items.length - 1]));
    expect(parts.every((part) => part.id === 'big' && part.error === undefined)).toBe(true);
    expect(parts.flatMap((part) => part.facts)).toEqual(extract(text, { refDate: '2025-02-20' }));
  });

  it('keeps the facts of the other pieces when one fails, and closes the record with the first failure', () => {
    const merger = new PieceMerger();
    const [first, second, third] = pieces();
    const parts = [
      merger.add('big', first.piece, processPiece(first.document)),
      merger.add('big', second.piece, { error: 'boom' }),
      merger.add('big', third.piece, processPiece(third.document)),
      merger.add('big', { offset: 999, index: 3, last: true }, { error: 'permission denied' }),
    ];
    expect(parts[0].facts.length).toBeGreaterThan(0);
    expect(parts[1].facts).toEqual([]);
    expect(parts[2].facts[0]).toMatchObject({ start: third.piece.offset + processPiece(third.document).facts[0].start });
    expect(parts.slice(0, 3).every((part) => part.error === undefined)).toBe(true);
    expect(parts[3]).toEqual({ id: 'big', facts: [], first: false, last: true, error: `boom (in the piece at offset ${second.piece.offset})` });
  });

  it('starts afresh with the next text', () => {
    const merger = new PieceMerger();
    const [first, second] = pieces();
    merger.add('big', first.piece, { error: 'boom' });
    const next = merger.add('next', { offset: 0, index: 0, last: true }, processPiece(second.document));
    expect(next.error).toBeUndefined();
    expect(next.facts).toEqual(extract(second.document.text));
  });
});
