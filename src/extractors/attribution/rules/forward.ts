import type { ParsedDocument } from '../../../document.js';
import { candidate, type Candidate } from '../candidate.js';
import { QUOTE_ONLY, TAKES_HEARER } from '../lexicon.js';
import { breaksAfter, clauseEnd, cueAt, contentSpan, isPassive, isReducedRelative, nextSpeakerAfter, nounPhraseAfter, sentenceStart, spanOfTokens, subjectOf, type Cue } from '../tokens.js';

const LOOKAHEAD_FOR_THAT = 8;
/** How far back a participle looks for the verb whose subject it shares. */
const SUBJECT_REACH = 60;
/** The rule name of readings whose source is shared with a verb before (see refiners/shareSource). */
export const SHARED = 'shared-subject';
/** Words that tie a participle to the clause before: `…, while maintaining that …`. */
/** Prepositions that start an adjunct (`spoke at a rally`), not what is said. */
const NOT_CONTENT_START = new Set(['in', 'at', 'on', 'during', 'from', 'with', 'after', 'before', 'since', 'by', 'into', 'as', 'at']);
const LINKING = new Set(['while', 'and', 'after', 'before', 'by', 'when', 'in']);

/** `SOURCE CUE (hearer) (that) CONTENT`: `Zelensky claims about 11,000 troops are fighting`. */
export function forwardReading(doc: ParsedDocument, cue: Cue): Candidate | undefined {
  if (QUOTE_ONLY.has(cue.lemma) || isPassive(doc, cue.first) || isReducedRelative(doc, cue.first)) return undefined;
  const own = subjectOf(doc, cue.first);
  const subject = own ?? sharedSubject(doc, cue);
  if (!subject) return undefined;
  const from = contentStart(doc, cue);
  if (from === undefined) return undefined;
  if (NOT_CONTENT_START.has(doc.tokens[from].normal) && doc.tokens[cue.first].tags.has('Gerund')) return undefined;
  const content = contentSpan(doc, from, contentEnd(doc, from));
  if (!content) return undefined;
  const t = doc.tokens;
  return candidate(doc, own ? 'forward' : SHARED, cue.first, { source: spanOfTokens(doc, t[subject[0]], t[subject[1]]), cue: spanOfTokens(doc, t[cue.first], t[cue.last]), content });
}

/**
 * Where what is said begins: after the cue, past a hearer (`told reporters`), at a `that` a few
 * words on (`said on Tuesday that`, `expressed concern that`).
 */
export function contentStart(doc: ParsedDocument, cue: Cue): number | undefined {
  const t = doc.tokens;
  const cueEnd = t[cue.last];
  if (breaksAfter(cueEnd) && !/^[,:]\s*$/.test(cueEnd.post)) return undefined;
  let from = cue.last + 1;
  if (from >= t.length || t[from].sentence !== cueEnd.sentence && !/:/.test(cueEnd.post)) return undefined;
  if (TOPIC_VERBS.has(cue.lemma) && cue.last === cue.first) return topicAfter(doc, from);
  if (TAKES_HEARER.has(cue.lemma) && !breaksAfter(cueEnd)) {
    const hearer = nounPhraseAfter(doc, from, 5);
    if (hearer && t[hearer[1] + 1] && !breaksAfter(t[hearer[1]]) && !t[hearer[1] + 1].tags.has('Auxiliary')) from = hearer[1] + 1;
  }
  for (let i = from; i < Math.min(t.length, from + LOOKAHEAD_FOR_THAT); i++) {
    if (t[i].normal === 'that' && i > from) return i;
    if (t[i].tags.has('Verb') || breaksAfter(t[i])) break;
  }
  return from;
}

/** Verbs of speaking whose content is only their topic: `spoke to reporters about the budget`. */
const TOPIC_VERBS = new Set(['speak', 'talk']);
const TOPIC_WORDS = new Set(['about', 'of']);
/** How far a topic may stand after its verb (`spoke at length to the delegates about …`). */
const TOPIC_REACH = 10;

/** The token after the `about` / `of` a few words on, in the same clause; none without it (`spoke for an hour`). */
function topicAfter(doc: ParsedDocument, from: number): number | undefined {
  const t = doc.tokens;
  for (let i = from; i < Math.min(t.length - 1, from + TOPIC_REACH); i++) {
    if (TOPIC_WORDS.has(t[i].normal)) return i + 1;
    if (breaksAfter(t[i]) || (t[i].tags.has('Verb') && !t[i].tags.has('Adverb'))) return undefined;
  }
  return undefined;
}

/**
 * The clause's end, or where the same source goes on to a next cue: a participle (`…, while
 * maintaining that …`, `… before adding …`) or a coordinated verb (`… and said …`).
 */
function contentEnd(doc: ParsedDocument, from: number): number {
  const t = doc.tokens;
  const last = clauseEnd(doc, from);
  for (let i = from; i < last; i++) {
    const linked = LINKING.has(t[i + 1].normal);
    const next = linked ? i + 2 : i + 1;
    if (/,/.test(t[i].post) && nextSpeakerAfter(doc, i + 1, last)) return i;
    if (next > last || (!linked && !/,/.test(t[i].post)) || !cueAt(doc, next)) continue;
    if (/ing$/.test(t[next].normal) || /^(and|but)$/.test(t[i + 1].normal)) return i;
  }
  return last;
}

/** Integers from `from` towards `to` (exclusive), either way. */
function range(from: number, to: number): number[] {
  const step = from <= to ? 1 : -1;
  const out: number[] = [];
  for (let i = from; i !== to; i += step) out.push(i);
  return out;
}

/**
 * The subject a cue shares with the verb before it: `…, saying …` takes the subject of the
 * main clause, `… and said …` that of the nearest verb before it with a subject.
 */
function sharedSubject(doc: ParsedDocument, cue: Cue): [number, number] | undefined {
  const t = doc.tokens;
  const previous = t[cue.first - 1];
  if (!previous) return undefined;
  const linked = LINKING.has(previous.normal) && !breaksAfter(previous);
  const participle = /ing$/.test(t[cue.first].normal) && (/,/.test(previous.post) || linked);
  const coordinated = /^(and|but)$/.test(previous.normal) && !breaksAfter(previous);
  if (!participle && !coordinated) return undefined;
  const finite = (i: number) => ['Gerund', 'Auxiliary', 'Infinitive', 'Particle'].every((tag) => !t[i].tags.has(tag)) && t[i].tags.has('Verb');
  const start = Math.max(sentenceStart(doc, cue.first), cue.first - SUBJECT_REACH);
  if (!linked && !coordinated) return mainSubject(doc, start, cue.first, finite);
  for (const i of range(cue.first - 2, start - 1)) {
    const subject = finite(i) ? subjectOf(doc, i) : undefined;
    if (subject) return subject;
  }
  return undefined;
}

/** Words that open a subordinate clause, which runs to the next comma: `Although he thanked them, he …`. */
const SUBORDINATORS = new Set(['although', 'though', 'because', 'when', 'if', 'while', 'after', 'before', 'since', 'as', 'that', 'who', 'which', 'whether', 'whom', 'where', 'unless', 'until']);

/**
 * The subject of the first main-clause verb between tokens `start` and `end`, leaving out
 * subordinate clauses: in `Although he thanked them, the mayor sounded a warning, saying …`
 * the mayor, not `he`.
 */
function mainSubject(doc: ParsedDocument, start: number, end: number, finite: (i: number) => boolean): [number, number] | undefined {
  const t = doc.tokens;
  let subordinate = false;
  for (let i = start; i < end; i++) {
    if (SUBORDINATORS.has(t[i].normal)) subordinate = true;
    else if (!subordinate && finite(i)) {
      const subject = subjectOf(doc, i);
      if (subject) return subject;
    }
    if (breaksAfter(t[i])) subordinate = false;
  }
  return undefined;
}
