import { tokenIndexAt, type ParsedDocument, type Token } from '../../document.js';
import type { QuantityDraft } from './index.js';

/** What the number counts: the noun phrase right after it (`11,000 North Koreans`, `300 dead`). */
export function attachUnit(doc: ParsedDocument, q: QuantityDraft): QuantityDraft {
  if (q.unit) return q;
  const from = tokenIndexAt(doc, q.end);
  const after = doc.tokens.slice(from, from + 5);
  const words: Token[] = [];
  for (const token of after) {
    if (words.length === 0 && token.start - q.end > 2) break;
    const isCounted = token.tags.has('Noun') || token.tags.has('Adjective') || token.tags.has('Demonym');
    if (!isCounted || token.tags.has('Pronoun') || token.tags.has('Value')) break;
    words.push(token);
    if (/[^\s]/.test(token.post.trim()) || token.tags.has('Plural')) break;
  }
  if (words.length === 0) return q;
  const unit = doc.text.slice(words[0].start, words[words.length - 1].end);
  return { ...q, unit };
}
