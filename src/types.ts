/** The fact kinds factx extracts. */
export type FactKind = 'quantity' | 'date' | 'location' | 'attribution';

export const FACT_KINDS: readonly FactKind[] = ['quantity', 'date', 'location', 'attribution'];

/** Fact ids are a kind's letter and a count: `q1`, `d2`, `l3`, `a4`. */
export const ID_PREFIX: Record<FactKind, string> = { quantity: 'q', date: 'd', location: 'l', attribution: 'a' };

/** A stretch of the input: `text === input.slice(start, end)` always holds. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

interface FactBase extends Span {
  /** Stable within one document: `q1`, `d3`, `l2`, `a4`; claims link facts by these ids. */
  id: string;
  kind: FactKind;
  /** Index of the sentence (0-based) the fact starts in. */
  sentence: number;
}

/** A one-sided bound or approximation, as in the gold files: `~` about, `<=` up to, `>` more than … */
export type Qualifier = '~' | '<' | '<=' | '>' | '>=';

export interface Range {
  low: number;
  high: number;
}

export interface QuantityFact extends FactBase {
  kind: 'quantity';
  /** The bare number, or both ends of a range. */
  value: number | Range;
  qualifier?: Qualifier;
  /** What the number counts or measures: `North Koreans`, `km`, `%`, `USD`. */
  unit?: string;
  /** ISO 4217 code where the quantity is money. */
  currency?: string;
  /** Links to other facts of the same document (see the claims view). */
  claimedBy?: string;
  when?: string[];
  where?: string[];
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface DateFact extends FactBase {
  kind: 'date';
  /** TIMEX3 value: `2025-02`, `2025-W6`, `P1M`, `PRESENT_REF`, `XXXX-02` … */
  value: string;
  type: TimexType;
  /** TIMEX3 modifier: START, END, MID, APPROX, … */
  mod?: string;
}

export type PlaceType = 'country' | 'region' | 'city' | 'feature' | 'other';

export interface LocationFact extends FactBase {
  kind: 'location';
  /**
   * `geonames:<id>` where the gazetteer has one, else an ISO 3166-2 subdivision code, a GeoNames county code
   * (`US.GA.059`) or an ISO 3166-1 alpha-2 code.
   */
  value?: string;
  name?: string;
  type?: PlaceType;
  /** ISO 3166-1 alpha-2 code of the country the place lies in. */
  country?: string;
  lat?: number;
  lon?: number;
  /**
   * For a name the gazetteer lacks (`Magazine Street`): the place the article is about, whose country and
   * point `country`, `lat` and `lon` then give as the likeliest approximation.
   */
  near?: string;
  /** `adjective` for demonyms and adjectives (`Russian`, `Ukrainian`). */
  form?: 'name' | 'adjective';
}

export interface SourceSpan extends Span {
  /** The named source where the span is a pronoun, description or acronym. */
  name?: string;
}

export interface AttributionFact extends FactBase {
  kind: 'attribution';
  source?: SourceSpan;
  cue?: Span;
  content?: Span;
  /** True for quoted speech. */
  direct: boolean;
}

export type Fact = QuantityFact | DateFact | LocationFact | AttributionFact;

/** What `extract` accepts besides the text. */
export interface ExtractOptions {
  /** Which kinds to extract; default all. */
  kinds?: readonly FactKind[];
  /** The article's own date (`YYYY-MM-DD`), the reference for relative dates. */
  refDate?: string;
  /** Milliseconds the document may take; past it extraction stops with an error. */
  timeBudget?: number;
}

/** One input document, as read from a file or a JSON Lines record. */
export interface InputDocument {
  id: string;
  /** The text, or the page's HTML where `format` is `html`. */
  text: string;
  date?: string;
  /** `html`: a web page, reduced to its article first (the article's text is what offsets refer to). */
  format?: 'text' | 'html';
}

/** What a web page's metadata gives its record (see src/input/html.ts). */
export interface PageMetadata {
  title?: string;
  byline?: string;
  /** `YYYY-MM-DD`; also the reference date for relative dates. */
  published?: string;
}

/** One output record: the facts of a document, or why it failed. Documented by schema/factx-output.schema.json. */
export type DocumentResult =
  | ({ id: string } & PageMetadata & { facts: Fact[]; text?: string })
  | { id: string; error: string }
  /** A very large text, extracted in pieces, one of which failed: the facts of the others, and why. */
  | { id: string; facts: Fact[]; error: string };
