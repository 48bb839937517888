import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import type { Fact, Span } from '../src/types.js';

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

describe('every fact keeps exact offsets', () => {
  it('on news-like text', () => {
    fc.assert(
      fc.property(newsish, (text) => {
        for (const fact of extract(text, { refDate: '2025-02-20' })) {
          for (const span of spansOf(fact)) expect(text.slice(span.start, span.end)).toBe(span.text);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('on arbitrary strings, including lone surrogates and control characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        for (const fact of extract(text)) {
          for (const span of spansOf(fact)) expect(text.slice(span.start, span.end)).toBe(span.text);
        }
      }),
      { numRuns: 200 },
    );
  });
});
