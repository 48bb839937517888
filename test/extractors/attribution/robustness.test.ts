import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attributionExtractor } from '../../../src/extractors/attribution/index.js';
import { parse } from './helpers.js';

const PIECES = ['The agency', ' said', ' that', ' “', '”', '"', "''", ',', '.', ' according to', ' the minister', ' he', ' was estimated', ' by', ' (NIS)', '\n', ' ― ', ' Ms. Lee', ' warned', ' saying', ' and', ' told reporters'];

describe('attribution extractor on arbitrary text', () => {
  it('never throws, and every span slices back to its text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        for (const fact of attributionExtractor.extract(parse(text))) {
          for (const span of [fact, fact.source, fact.cue, fact.content]) {
            if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
