import { spanOf, type ParsedDocument } from '../../document.js';
import type { AttributionFact, Span } from '../../types.js';
import type { Draft } from '../extractor.js';

export type AttributionDraft = Draft<AttributionFact>;

/** What a rule finds: the attribution, the token its cue starts at (to tell readings of one cue apart) and the rule's name. */
export interface Candidate {
  fact: AttributionDraft;
  cueToken: number;
  rule: string;
}

/** An attribution whose whole span covers its source, cue and content. */
export function candidate(doc: ParsedDocument, rule: string, cueToken: number, parts: { source?: Span; cue: Span; content: Span; direct?: boolean }): Candidate {
  const spans = [parts.source, parts.cue, parts.content].filter((s): s is Span => s !== undefined);
  const start = Math.min(...spans.map((s) => s.start));
  const end = Math.max(...spans.map((s) => s.end));
  const direct = parts.direct ?? isMostlyQuoted(parts.content.text);
  return { rule, cueToken, fact: { kind: 'attribution', ...spanOf(doc.text, start, end), source: parts.source, cue: parts.cue, content: parts.content, direct } };
}

/** Content that is mostly a quotation (`approximately “1,000 to 3,000 …”`) is direct speech. */
function isMostlyQuoted(text: string): boolean {
  const open = text.search(/[“"]/);
  return open >= 0 && open < text.length / 2 && /[”"]$/.test(text);
}
