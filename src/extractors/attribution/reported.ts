import { spanOf, type ParsedDocument, type Sentence, type Token } from '../../document.js';
import { CUE_VERBS } from './cues.js';
import type { AttributionDraft } from './index.js';
import { spanOfTokens, trimmedSpan } from './spans.js';

/** Indirect speech: `X claims (that) …`, `according to X, …`, `…, according to X`, `…, officials said`. */
export function findReportedSpeech(doc: ParsedDocument): AttributionDraft[] {
  return doc.sentences.flatMap((sentence) => accordingTo(doc, sentence) ?? subjectCue(doc, sentence) ?? []);
}

function accordingTo(doc: ParsedDocument, sentence: Sentence): AttributionDraft | undefined {
  const tokens = sentence.tokens;
  const at = tokens.findIndex((t, i) => t.normal === 'according' && tokens[i + 1]?.normal === 'to');
  if (at < 0) return undefined;
  const cue = spanOfTokens(doc, tokens.slice(at, at + 2));
  const sourceTokens = untilPunctuation(tokens.slice(at + 2));
  const source = spanOfTokens(doc, sourceTokens);
  const last = sourceTokens[sourceTokens.length - 1];
  const content =
    at === 0 && last
      ? trimmedSpan(doc, last.end, sentence.end, /[\s,;:.“”"]/)
      : trimmedSpan(doc, sentence.start, tokens[at].start, /[\s,;:.“”"]/);
  if (!cue || !source || !content) return undefined;
  return attribution(doc, source, cue, content);
}

/** `SOURCE CUE (that) CONTENT` or `CONTENT, SOURCE CUE.` */
function subjectCue(doc: ParsedDocument, sentence: Sentence): AttributionDraft | undefined {
  const tokens = sentence.tokens;
  const at = tokens.findIndex((t) => CUE_VERBS.has(t.normal) && t.tags.has('Verb'));
  if (at <= 0) return undefined;
  const cue = spanOfTokens(doc, [tokens[at]]);
  const subject = untilPunctuation(tokens.slice(0, at).reverse(), true).reverse();
  const source = spanOfTokens(doc, subject);
  if (!cue || !source) return undefined;
  const isTrailing = at >= tokens.length - 2 && subject[0] && subject[0].position > 0;
  const content = isTrailing
    ? trimmedSpan(doc, sentence.start, subject[0].start, /[\s,;:.“”"]/)
    : trimmedSpan(doc, tokens[at].end, sentence.end, /[\s,;:.“”"]/);
  if (!content) return undefined;
  const withoutThat = /^that\s/i.test(content.text) ? trimmedSpan(doc, content.start + 4, content.end) : content;
  return withoutThat ? attribution(doc, source, cue, withoutThat) : undefined;
}

function attribution(doc: ParsedDocument, source: AttributionDraft['source'] & object, cue: NonNullable<AttributionDraft['cue']>, content: NonNullable<AttributionDraft['content']>): AttributionDraft {
  const start = Math.min(source.start, cue.start, content.start);
  const end = Math.max(source.end, cue.end, content.end);
  return { kind: 'attribution', ...spanOf(doc.text, start, end), source, cue, content, direct: false };
}

/**
 * Tokens up to the first clause punctuation. Walking backwards (`reversed`), the punctuation
 * that ends a clause sits in the `post` of the token before, so it is checked one step later.
 */
function untilPunctuation(tokens: Token[], reversed = false): Token[] {
  const run: Token[] = [];
  for (const token of tokens) {
    if (reversed && /[,;:.!?”"]/.test(token.post) && run.length > 0) break;
    run.push(token);
    if (!reversed && /[,;:.!?]/.test(token.post)) break;
  }
  return run;
}
