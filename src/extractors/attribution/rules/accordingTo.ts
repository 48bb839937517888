import type { ParsedDocument } from '../../../document.js';
import { candidate, type Candidate } from '../candidate.js';
import { breaksAfter, clauseEnd, contentSpan, endsSentence, nounPhraseAfter, sentenceStart, spanOfTokens } from '../tokens.js';

/** `According to X, CONTENT.` / `CONTENT, according to X.` / `CONTENT, according to X, CONTENT.` */
export function accordingTo(doc: ParsedDocument): Candidate[] {
  const t = doc.tokens;
  const found: Candidate[] = [];
  for (let i = 0; i + 2 < t.length; i++) {
    if (t[i].normal !== 'according' || t[i + 1].normal !== 'to' || breaksAfter(t[i])) continue;
    const source = nounPhraseAfter(doc, i + 2, 12);
    if (!source) continue;
    const start = sentenceStart(doc, i);
    const sourceEnd = t[source[1]];
    let content;
    if (i === start || (i > start && /[“"]|''/.test(t[i].pre))) {
      if (endsSentence(sourceEnd)) continue;
      content = contentSpan(doc, source[1] + 1, clauseEnd(doc, source[1] + 1));
    } else {
      const last = endsSentence(sourceEnd) ? i - 1 : clauseEnd(doc, source[1] + 1);
      content = contentSpan(doc, start, last);
    }
    if (!content) continue;
    found.push(candidate(doc, 'according-to', i, { source: spanOfTokens(doc, t[source[0]], sourceEnd), cue: spanOfTokens(doc, t[i], t[i + 1]), content }));
  }
  return found;
}
