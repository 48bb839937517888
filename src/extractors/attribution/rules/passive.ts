import type { ParsedDocument } from '../../../document.js';
import { candidate, type Candidate } from '../candidate.js';
import { BE, breaksAfter, canBeSource, contentSpan, nounPhraseAfter, nounPhraseBefore, spanOfTokens, type Cue } from '../tokens.js';

const BY_WITHIN = 10;

/** `CONTENT was CUE by SOURCE`, and the reduced `…, estimated at 300 dead by the NIS`. */
export function passiveReading(doc: ParsedDocument, cue: Cue): Candidate | undefined {
  const t = doc.tokens;
  const verb = t[cue.last];
  const afterBe = t[cue.first - 1] && BE.has(t[cue.first - 1].normal);
  if (!t[cue.first].tags.has('Passive') && !afterBe && !/ed$|wn$|en$/.test(verb.normal)) return undefined;
  const by = byAgent(doc, cue.last + 1);
  if (!by) return undefined;
  const [byToken, source] = by;
  const content = afterBe ? subjectContent(doc, cue.first - 1) : byToken > cue.last + 1 ? contentSpan(doc, cue.last + 1, byToken - 1) : subjectContent(doc, cue.first);
  if (!content) return undefined;
  return candidate(doc, 'passive', cue.first, { source: spanOfTokens(doc, t[source[0]], t[source[1]]), cue: spanOfTokens(doc, t[cue.first], t[cue.last]), content });
}

/** `by SOURCE` within a few words of the same clause. */
function byAgent(doc: ParsedDocument, from: number): [number, [number, number]] | undefined {
  const t = doc.tokens;
  for (let i = from; i < Math.min(t.length, from + BY_WITHIN); i++) {
    if (t[i].normal === 'by') {
      const source = nounPhraseAfter(doc, i + 1, 8);
      return source && canBeSource(doc, source) ? [i, source] : undefined;
    }
    if (breaksAfter(t[i]) || (t[i].tags.has('Verb') && !t[i].tags.has('PastTense') && i > from)) return undefined;
  }
  return undefined;
}

/** The subject before `was`/`were`: what was said. */
function subjectContent(doc: ParsedDocument, be: number) {
  let end = be;
  while (end > 0 && (doc.tokens[end - 1].tags.has('Auxiliary') || doc.tokens[end - 1].tags.has('Adverb'))) end--;
  const subject = nounPhraseBefore(doc, end, 12);
  return subject ? contentSpan(doc, subject[0], subject[1]) : undefined;
}
