import { parseDocument, type ParsedDocument } from '../../../src/document.js';
import { extract } from '../../../src/extract.js';
import type { AttributionFact } from '../../../src/types.js';

/** The attributions factx finds in a text, end to end. */
export function attributions(text: string): AttributionFact[] {
  return extract(text, { kinds: ['attribution'] }) as AttributionFact[];
}

/** Source, cue and content texts of one attribution, for compact assertions. */
export function parts(fact: { source?: { text: string; name?: string }; cue?: { text: string }; content?: { text: string }; direct: boolean }) {
  return { source: fact.source?.text, cue: fact.cue?.text, content: fact.content?.text, direct: fact.direct };
}

export function parse(text: string): ParsedDocument {
  return parseDocument(text);
}
