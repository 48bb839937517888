/**
 * The library's entry point: one parse of the text, every requested extractor over it, and
 * the invariants every fact keeps (exact offsets, sentence index, stable ids, text order).
 */
import { overTimeBudget } from './errors.js';
import { linkClaims } from './claims/link.js';
import { parseDocument, sentenceAt, type ParsedDocument } from './document.js';
import { EXTRACTORS } from './extractors/index.js';
import type { Draft } from './extractors/extractor.js';
import { FACT_KINDS, ID_PREFIX, type ExtractOptions, type Fact, type FactKind, type Span } from './types.js';

/** Extract the facts of one text, in text order; quantities carry their claim links (see src/claims). */
export function extract(text: string, options: ExtractOptions = {}): Fact[] {
  return extractCounted(text, options).facts;
}

/** `extract`, also telling how many sentences the text has (to stitch pieces of a long text together). */
export function extractCounted(text: string, options: ExtractOptions = {}): { facts: Fact[]; sentences: number } {
  const doc = parseDocument(text, options.refDate);
  return { facts: extractParsed(doc, options), sentences: doc.sentences.length };
}

/** The same over a document already parsed (the claims view needs the parse too). */
export function extractParsed(doc: ParsedDocument, options: ExtractOptions = {}): Fact[] {
  const { text } = doc;
  const kinds = new Set(options.kinds ?? FACT_KINDS);
  const checkBudget = budgetCheck(options.timeBudget);
  const drafts: Draft<Fact>[] = [];
  for (const extractor of EXTRACTORS) {
    checkBudget();
    if (kinds.has(extractor.kind)) drafts.push(...extractor.extract(doc));
  }
  drafts.sort((a, b) => a.start - b.start || b.end - a.end || a.kind.localeCompare(b.kind));
  const counters: Record<FactKind, number> = { quantity: 0, date: 0, location: 0, attribution: 0 };
  const facts = drafts.filter((draft) => hasExactSpans(text, draft)).map((draft) => ({
    ...draft,
    id: `${ID_PREFIX[draft.kind]}${++counters[draft.kind]}`,
    sentence: sentenceAt(doc, draft.start),
  }) as Fact);
  return linkClaims(doc, facts);
}

/** A fact whose spans do not slice back to their text is a bug; drop it rather than mislead. */
function hasExactSpans(text: string, draft: Draft<Fact>): boolean {
  const spans: (Span | undefined)[] = [draft];
  if (draft.kind === 'attribution') spans.push(draft.source, draft.cue, draft.content);
  return spans.every(
    (span) => !span || (span.start >= 0 && span.end <= text.length && span.start < span.end && text.slice(span.start, span.end) === span.text),
  );
}

/** A check to call between steps: throws once the time budget is spent. */
function budgetCheck(budget: number | undefined): () => void {
  if (budget === undefined) return () => {};
  const deadline = performance.now() + budget;
  return () => {
    if (performance.now() > deadline) throw new Error(overTimeBudget(budget));
  };
}
