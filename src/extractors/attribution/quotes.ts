import { spanOf, tokenIndexAt, type ParsedDocument, type Token } from '../../document.js';
import { CUE_VERBS } from './cues.js';
import type { AttributionDraft } from './index.js';
import { spanOfTokens, trimmedSpan } from './spans.js';

const QUOTATION = /[“"]([^“”"]+)[”"]/g;
const MIN_QUOTE_WORDS = 4;

/** Quoted speech with a speaker beside it: `"…," X said`, `"…," said X`, `X said: "…"`. */
export function findQuotations(doc: ParsedDocument): AttributionDraft[] {
  const found: AttributionDraft[] = [];
  for (const match of doc.text.matchAll(QUOTATION)) {
    const start = match.index ?? 0;
    const inner = match[1];
    if (inner.trim().split(/\s+/).length < MIN_QUOTE_WORDS) continue;
    const content = trimmedSpan(doc, start + 1, start + 1 + inner.length, /[\s,;:]/);
    if (!content) continue;
    const speaker = speakerAfter(doc, start + match[0].length) ?? speakerBefore(doc, start);
    if (!speaker) continue;
    const spanStart = Math.min(start, speaker.cue.start);
    const spanEnd = Math.max(start + match[0].length, speaker.source?.end ?? speaker.cue.end);
    found.push({ kind: 'attribution', ...spanOf(doc.text, spanStart, spanEnd), source: speaker.source, cue: speaker.cue, content, direct: true });
  }
  return found;
}

interface Speaker {
  source?: AttributionDraft['source'];
  cue: NonNullable<AttributionDraft['cue']>;
}

/** `"…," stated the NIS` or `"…," the NIS stated`, within the same sentence. */
function speakerAfter(doc: ParsedDocument, offset: number): Speaker | undefined {
  const from = tokenIndexAt(doc, offset);
  const window = clauseFrom(doc.tokens, from, 8);
  const cueAt = window.findIndex((t) => CUE_VERBS.has(t.normal));
  if (cueAt < 0) return undefined;
  const cue = spanOfTokens(doc, [window[cueAt]]);
  if (!cue) return undefined;
  const before = window.slice(0, cueAt);
  const after = nounPhrase(window.slice(cueAt + 1));
  const source = spanOfTokens(doc, before.length > 0 ? before : after);
  return { source, cue };
}

/** `X said: "…"` or `according to X, "…"`. */
function speakerBefore(doc: ParsedDocument, offset: number): Speaker | undefined {
  const to = tokenIndexAt(doc, offset);
  const sentence = doc.tokens[to]?.sentence ?? doc.tokens[to - 1]?.sentence;
  const window = doc.tokens.slice(Math.max(0, to - 12), to).filter((t) => t.sentence === sentence);
  const according = window.findIndex((t, i) => t.normal === 'according' && window[i + 1]?.normal === 'to');
  if (according >= 0) {
    const cue = spanOfTokens(doc, window.slice(according, according + 2));
    const source = spanOfTokens(doc, nounPhrase(window.slice(according + 2)));
    return cue ? { source, cue } : undefined;
  }
  for (let i = window.length - 1; i >= 0; i--) {
    if (!CUE_VERBS.has(window[i].normal)) continue;
    const cue = spanOfTokens(doc, [window[i]]);
    const source = spanOfTokens(doc, nounPhrase(window.slice(0, i).reverse()).reverse());
    return cue ? { source, cue } : undefined;
  }
  return undefined;
}

/** Tokens from `from` up to the end of the clause (sentence end), at most `limit`. */
function clauseFrom(tokens: Token[], from: number, limit: number): Token[] {
  const first = tokens[from];
  if (!first) return [];
  const clause: Token[] = [];
  for (let i = from; i < tokens.length && clause.length < limit && tokens[i].sentence === first.sentence; i++) {
    clause.push(tokens[i]);
    if (/[.!?]/.test(tokens[i].post)) break;
  }
  return clause;
}

/** The leading run of tokens that can make up a speaker's name or description. */
function nounPhrase(tokens: Token[]): Token[] {
  const phrase: Token[] = [];
  for (const token of tokens) {
    const fits = token.tags.has('Noun') || token.tags.has('Determiner') || token.tags.has('Adjective') || token.tags.has('Possessive');
    if (!fits) break;
    phrase.push(token);
    if (/[,.;:!?]/.test(token.post)) break;
  }
  return phrase;
}
