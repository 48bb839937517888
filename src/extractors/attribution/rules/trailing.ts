import type { ParsedDocument } from '../../../document.js';
import { candidate, type Candidate } from '../candidate.js';
import { NEVER_INVERTED, TAKES_HEARER } from '../lexicon.js';
import { breaksAfter, canBeSource, clauseEnd, contentSpan, endsSentence, isPassive, nounPhraseAfter, sentenceStart, spanOfTokens, subjectOf, type Cue } from '../tokens.js';

/** How far past the cue a trailing reporting clause may run (`told CNBC on Saturday`). */
const TAIL = 9;

/**
 * The reporting clause after what is said: `…, officials said.` / `…, said the NIS in its
 * assessment.` / mid-sentence `…, he said, …` (the content then covers both sides).
 */
export function trailingReading(doc: ParsedDocument, cue: Cue): Candidate | undefined {
  const t = doc.tokens;
  if (isPassive(doc, cue.first)) return undefined;
  const speaker = subjectBeforeComma(doc, cue) ?? sourceAfterCue(doc, cue);
  if (!speaker) return undefined;
  const [source, clauseStart] = speaker;
  const start = sentenceStart(doc, cue.first);
  if (clauseStart <= start) return undefined;
  const tail = tailEnd(doc, cue, Math.max(cue.last, source[1]));
  if (tail === undefined) return undefined;
  const last = endsSentence(t[tail]) ? clauseStart - 1 : clauseEnd(doc, tail + 1);
  const content = contentSpan(doc, start, last);
  if (!content) return undefined;
  return candidate(doc, 'trailing', cue.first, { source: spanOfTokens(doc, t[source[0]], t[source[1]]), cue: spanOfTokens(doc, t[cue.first], t[cue.last]), content });
}

/** `…, SOURCE CUE`: the subject, when a comma (or a closing quote) stands right before it. */
function subjectBeforeComma(doc: ParsedDocument, cue: Cue): [[number, number], number] | undefined {
  const subject = subjectOf(doc, cue.first);
  if (!subject) return undefined;
  const before = doc.tokens[subject[0] - 1];
  return before && /[,”"]|''/.test(before.post) ? [subject, subject[0]] : undefined;
}

/** `…, CUE SOURCE`: inverted order after a comma, `…, stated the NIS`. */
function sourceAfterCue(doc: ParsedDocument, cue: Cue): [[number, number], number] | undefined {
  if (cue.cls !== 'speech' || NEVER_INVERTED.has(cue.lemma)) return undefined;
  const before = doc.tokens[cue.first - 1];
  if (!before || !/[,”"]|''/.test(before.post)) return undefined;
  const source = nounPhraseAfter(doc, cue.last + 1, 8);
  return source && canBeSource(doc, source) ? [source, cue.first] : undefined;
}

/**
 * The last token of the reporting clause when nothing is said after it: the clause stops at the
 * cue (or its source), or runs on only through a hearer and an adjunct (`told CNBC on Saturday`),
 * with no `that` and no other verb.
 */
function tailEnd(doc: ParsedDocument, cue: Cue, from: number): number | undefined {
  const t = doc.tokens;
  if (breaksAfter(t[from])) return from;
  let i = from + 1;
  if (TAKES_HEARER.has(cue.lemma)) {
    const hearer = nounPhraseAfter(doc, i, 5);
    if (hearer && breaksAfter(t[hearer[1]])) return hearer[1];
    if (hearer) i = hearer[1] + 1;
  }
  if (!t[i] || !(t[i].tags.has('Preposition') || t[i].tags.has('Date') || t[i].tags.has('Adverb'))) return undefined;
  for (; i < Math.min(t.length, from + TAIL); i++) {
    if (t[i].normal === 'that' || (t[i].tags.has('Verb') && !t[i].tags.has('Gerund'))) return undefined;
    if (breaksAfter(t[i])) return i;
  }
  return undefined;
}
