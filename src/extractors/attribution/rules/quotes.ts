import { spanOf, tokenIndexAt, type ParsedDocument } from '../../../document.js';
import type { Span } from '../../../types.js';
import { candidate, type Candidate } from '../candidate.js';
import { NEVER_INVERTED } from '../lexicon.js';
import { canBeSource, cueAt, nounPhraseAfter, spanOfTokens, subjectOf, type Cue } from '../tokens.js';

/** A stretch of quoted text, marks included; `closed` is false where a paragraph ended it. */
export interface Quotation {
  start: number;
  end: number;
  closed: boolean;
}

/**
 * The quotations of a text, in one pass: curly `“…”`, straight `"…"` and doubled `''…''` marks.
 * A quotation still open at a paragraph's end stops there (news style reopens it in the next).
 */
export function findQuotations(text: string): Quotation[] {
  const found: Quotation[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const doubled = ch === "'" && text[i + 1] === "'";
    if (ch === '\n' && open >= 0) {
      found.push({ start: open, end: i, closed: false });
      open = -1;
    } else if (ch === '“' && open < 0) open = i;
    else if (ch === '”' && open >= 0) {
      found.push({ start: open, end: i + 1, closed: true });
      open = -1;
    } else if (ch === '"' || doubled) {
      const width = doubled ? 2 : 1;
      if (open >= 0) found.push({ start: open, end: i + width, closed: true });
      open = open >= 0 ? -1 : i;
      i += width - 1;
    }
  }
  return found;
}

interface Speaker {
  source?: [number, number];
  cue: Cue;
}

/** The speaker right after a quotation: `“…,” he said` or `“…,” said Mr. X`. */
function speakerAfter(doc: ParsedDocument, quote: Quotation): Speaker | undefined {
  const first = tokenIndexAt(doc, quote.end);
  const token = doc.tokens[first];
  const said = doc.text.slice(quote.start, quote.end);
  if (!token || !quote.closed || /\n/.test(doc.text.slice(quote.end, token.start))) return undefined;
  if (/^[―—–]$/.test(token.text)) {
    const source = nounPhraseAfter(doc, first + 1, 8);
    const cue = { first, last: first, lemma: 'dash', cls: 'speech' as const };
    return source && doc.tokens[source[1]].tags.has('ProperNoun') ? { source, cue } : undefined;
  }
  if (/\.\W*$/.test(said) || /\./.test(doc.text.slice(quote.end, token.start))) return undefined;
  const inverted = cueAt(doc, first);
  if (inverted && !NEVER_INVERTED.has(inverted.lemma)) {
    const source = nounPhraseAfter(doc, inverted.last + 1, 8);
    return source && canBeSource(doc, source) ? { source, cue: inverted } : undefined;
  }
  for (let i = first + 1; i < Math.min(doc.tokens.length, first + 14); i++) {
    const cue = cueAt(doc, i);
    if (!cue) continue;
    const subject = subjectOf(doc, i);
    return subject && subject[0] === first ? { source: subject, cue } : undefined;
  }
  return undefined;
}

/** The speaker right before a quotation introduced by a comma or colon: `X said: “…”`, `According to X, “…”`. */
function speakerBefore(doc: ParsedDocument, quote: Quotation): Speaker | undefined {
  const last = tokenIndexAt(doc, quote.start) - 1;
  const token = doc.tokens[last];
  if (!token) return undefined;
  const gap = doc.text.slice(token.end, quote.start);
  if (!/^\s*[:,]\s*$/.test(gap) || (/\n/.test(gap) && !/:/.test(gap))) return undefined;
  for (let i = last; i >= Math.max(0, last - 8); i--) {
    if (i < last && /[”"\n]/.test(doc.tokens[i].post)) break;
    if (doc.tokens[i].normal === 'according' && doc.tokens[i + 1]?.normal === 'to') {
      const source = nounPhraseAfter(doc, i + 2, 12);
      return { source, cue: { first: i, last: i + 1, lemma: 'according', cls: 'speech' } };
    }
    const cue = cueAt(doc, i);
    if (cue) {
      const subject = subjectOf(doc, i);
      return subject ? { source: subject, cue } : undefined;
    }
  }
  return undefined;
}

/**
 * Direct speech: quotations with their speaker before or after, a split quotation (`“A,” he
 * said, “B.”`) and the quotations that carry on the same speaker's words in one paragraph (or
 * into the next paragraph when left open) joined into one content. Quotations nobody is said to
 * say (scare quotes, titles) are left alone.
 */
export function quotedSpeech(doc: ParsedDocument): Candidate[] {
  const found: Candidate[] = [];
  let previous: { found: Candidate; quote: Quotation; speaker: Speaker } | undefined;
  for (const quote of findQuotations(doc.text)) {
    const after = speakerAfter(doc, quote);
    const before = after ? undefined : speakerBefore(doc, quote);
    const continues = previous && continuesPrevious(doc, previous, quote, before?.cue ?? after?.cue);
    if (previous && continues) {
      const content = spanOf(doc.text, previous.found.fact.content!.start, quote.end);
      const merged = withContent(doc, previous.found, content);
      found[found.length - 1] = merged;
      previous = { found: merged, quote, speaker: previous.speaker };
      continue;
    }
    const speaker = after ?? before;
    if (!speaker) {
      previous = undefined;
      continue;
    }
    const t = doc.tokens;
    const content = spanOf(doc.text, quote.start, quote.end);
    const made = candidate(doc, 'quote', speaker.cue.first, {
      source: speaker.source && spanOfTokens(doc, t[speaker.source[0]], t[speaker.source[1]]),
      cue: spanOfTokens(doc, t[speaker.cue.first], t[speaker.cue.last]),
      content,
      direct: true,
    });
    found.push(made);
    previous = { found: made, quote, speaker };
  }
  return found;
}

/**
 * A quotation carries on the previous one when it shares its cue (`“A,” he said, “B.”`), or has
 * no speaker of its own and follows at most the rest of the speaker's sentence later in the same
 * paragraph (`“A,” he said, smiling. “B.”`), or opens the next paragraph when the previous was left open.
 */
function continuesPrevious(doc: ParsedDocument, prior: { found: Candidate; quote: Quotation; speaker: Speaker }, quote: Quotation, cue: Cue | undefined): boolean {
  if (cue) return cue.first === prior.speaker.cue.first;
  if (!prior.quote.closed) return /^\s*$/.test(doc.text.slice(prior.quote.end, quote.start));
  const between = doc.text.slice(Math.max(prior.quote.end, prior.found.fact.end), quote.start);
  return !/\n/.test(between) && /^[^.!?]*[.!?]?\s*\S{0,12}\s*$/.test(between);
}

function withContent(doc: ParsedDocument, found: Candidate, content: Span): Candidate {
  const fact = found.fact;
  const start = Math.min(fact.start, content.start);
  const end = Math.max(fact.end, content.end);
  return { ...found, fact: { ...fact, ...spanOf(doc.text, start, end), content } };
}
