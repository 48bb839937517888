import type { Draft } from '../extractor.js';
import type { QuantityFact } from '../../types.js';
import type { Token } from '../../document.js';

export type QuantityDraft = Draft<QuantityFact>;

/** A quantity while rules and refiners work on it: the draft plus what they tell each other. */
export interface Candidate extends QuantityDraft {
  meta: {
    /** Written with words (`eleven`, `1.5 million`), not digits alone. */
    wordy: boolean;
    /** Bare digits, no sign, decimals, separators' meaning aside: `2014`, `427`, `1,000`. */
    plainInteger: boolean;
    /** The abbreviated scale after the digits (`k`, `m`, `bn`), not yet applied. */
    suffix?: string;
    /** The scale applied, where one was (`$3bn` → 1e9). */
    scale?: number;
    /** Carries a `%`, `percent` or `per cent`. */
    percent?: boolean;
  };
}

/** A rule finds candidates in the text. */
export type Rule = (text: string) => Candidate[];
/** A refiner reworks the candidate list (merge, attach, filter). */
export type Refiner = (text: string, found: Candidate[], context: RefineContext) => Candidate[];

/** What refiners may read besides the text: the shared parse, for tags. */
export interface RefineContext {
  /** Up to `count` tokens of the shared parse starting at or after `offset`. */
  tokensFrom(offset: number, count: number): readonly Token[];
}

/** Move a candidate's span, keeping `text` in step with the offsets. */
export function respan(text: string, c: Candidate, start: number, end: number): Candidate {
  return { ...c, start, end, text: text.slice(start, end) };
}

/** The draft as it leaves the extractor: no working notes, no empty fields. */
export function toDraft(c: Candidate): QuantityDraft {
  const { meta: _meta, ...draft } = c;
  void _meta;
  return draft;
}
