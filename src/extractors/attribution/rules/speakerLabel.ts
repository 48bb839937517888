import type { ParsedDocument, Token } from '../../../document.js';
import { spanOf } from '../../../document.js';
import { candidate, type Candidate } from '../candidate.js';
import { contentSpan, trimmedSpan } from '../tokens.js';

/** At most this many words in a speaker's label (`FORMER GOV. JANE ROE:`). */
const LABEL_WORDS = 6;
/** Small words a label may hold between its capitalised words (`Mayor of Springfield:`). */
const LABEL_LINKS = new Set(['of', 'at', 'and', '&', 'the']);
/** Labels that head a paragraph without naming a speaker. */
const NOT_SPEAKERS = new Set([
  'update', 'updated', 'watch', 'related', 'note', 'editor', 'photo', 'photos', 'video', 'source', 'sources', 'read', 'more',
  'breaking', 'exclusive', 'live', 'transcript', 'opinion', 'analysis', 'correction', 'caption', 'credit', 'image', 'subscribe',
  'follow', 'sign', 'warning', 'disclaimer', 'listen', 'see', 'also', 'contact', 'email', 'phone', 'location', 'date', 'time',
  'when', 'where', 'what', 'who', 'why', 'how', 'question', 'answer', 'q', 'a', 'summary', 'background', 'bottom', 'line', 'top',
  'story', 'stories', 'tags', 'topics', 'share', 'comments', 'advertisement', 'sponsored', 'file', 'reporting', 'additional',
  'contributing', 'latest', 'from', 'look', 'revealed', 'bombshell', 'shocking', 'twitter', 'facebook', 'instagram', 'web', 'website',
]);

/**
 * A paragraph headed by a speaker's label, as in transcripts and headlines: `SMITH: We will
 * win.`, `Senator Roe: Taxes ‘Too High’`. The label is the source, the colon the cue and the rest
 * of the paragraph the content.
 */
export function speakerLabel(doc: ParsedDocument): Candidate[] {
  const t = doc.tokens;
  const found: Candidate[] = [];
  for (let i = 0; i < t.length; i++) {
    if (i > 0 && !t[i - 1].post.includes('\n')) continue;
    const last = labelEnd(t, i);
    if (last === undefined) continue;
    let end = last + 1;
    while (end < t.length - 1 && !t[end].post.includes('\n')) end++;
    const opening = contentSpan(doc, last + 1, last + 1);
    const newline = t[end].post.indexOf('\n');
    const content = opening && trimmedSpan(doc, opening.start, t[end].end + (newline < 0 ? t[end].post.length : newline));
    if (!content) continue;
    const colon = t[last].end + t[last].post.indexOf(':');
    const source = spanOf(doc.text, t[i].start, t[last].end);
    found.push(candidate(doc, 'speaker-label', last, { source, cue: spanOf(doc.text, colon, colon + 1), content }));
    i = end;
  }
  return found;
}

/** The last token of a speaker's label opening at token `first`, if the words up to a colon are one. */
function labelEnd(t: Token[], first: number): number | undefined {
  for (let i = first; i < Math.min(t.length - 1, first + LABEL_WORDS); i++) {
    const word = t[i];
    const capitalised = /^[A-Z]/.test(word.text) && !word.tags.has('Date') && !word.tags.has('Verb') && !NOT_SPEAKERS.has(word.normal);
    if (!capitalised && !(i > first && LABEL_LINKS.has(word.normal))) return undefined;
    if (/^:\s/.test(word.post)) return capitalised && !t[i + 1].pre.includes('\n') ? i : undefined;
    if (word.post.trim() !== '' && !/^[’']s?\s*$/.test(word.post)) return undefined;
  }
  return undefined;
}
