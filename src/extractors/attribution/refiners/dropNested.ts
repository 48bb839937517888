import type { ParsedDocument } from '../../../document.js';
import type { Candidate } from '../candidate.js';
import { CUE_FORMS } from '../lexicon.js';

/** How far into indirect content a plain reporting cue counts as the outer source's own words (`she said she thinks …`). */
const INDIRECT_HEAD = 30;
/**
 * The plain reporting cues that report a further source of their own inside indirect content
 * (`he said that, according to police, …`, `she said aides had said …`); any other cue within
 * someone's indirect content (`she said voters want …`) is part of what was said.
 */
const NESTED_REPORTING = new Set(['say', 'report', 'according']);

interface Reach {
  i: number;
  end: number;
}

/**
 * Attributions are not nested: a cue inside a quotation (`“I believe …,” he said`) or inside
 * indirect content (`she said voters want …`) is part of what the outer source said, and is
 * dropped; a plain reporting cue is dropped only at the head of indirect content (`she said she
 * thinks …`). One sweep over contents sorted by start, keeping the two furthest reaches seen of
 * each kind (a content may hold its own cue, as in `…, he said, …`).
 */
export function dropNested(doc: ParsedDocument, candidates: Candidate[]): Candidate[] {
  const reaches = candidates
    .map((c, i) => ({ i, start: c.fact.content?.start ?? Infinity, end: reach(c, Infinity), head: reach(c, INDIRECT_HEAD) }))
    .sort((a, b) => a.start - b.start);
  const cues = candidates.map((c, i) => ({ i, start: c.fact.cue?.start ?? c.fact.start, end: c.fact.cue?.end ?? c.fact.start })).sort((a, b) => a.start - b.start);
  const nested = new Set<number>();
  const whole = new Furthest();
  const head = new Furthest();
  let next = 0;
  for (const cue of cues) {
    while (next < reaches.length && reaches[next].start <= cue.start) {
      const c = reaches[next++];
      whole.add({ i: c.i, end: c.end });
      head.add({ i: c.i, end: c.head });
    }
    const outer = isPlainReporting(doc, candidates[cue.i]) ? head.besides(cue.i) : whole.besides(cue.i);
    if (outer >= cue.end) nested.add(cue.i);
  }
  return candidates.filter((_, i) => !nested.has(i));
}

/** The two furthest reaches seen so far, so that a candidate's own reach can be left out. */
class Furthest {
  private best: Reach = { i: -1, end: -1 };
  private second: Reach = { i: -1, end: -1 };

  add(r: Reach): void {
    if (r.end > this.best.end) [this.second, this.best] = [this.best, r];
    else if (r.end > this.second.end) this.second = r;
  }

  /** The furthest reach of a candidate other than `i`. */
  besides(i: number): number {
    return (this.best.i === i ? this.second : this.best).end;
  }
}

function isPlainReporting(doc: ParsedDocument, c: Candidate): boolean {
  const word = doc.tokens[c.cueToken]?.normal ?? '';
  return NESTED_REPORTING.has(CUE_FORMS.get(word)?.lemma ?? word);
}

/** The end of the stretch of content whose cues belong to this attribution: all of a quotation, the head of indirect content. */
function reach(c: Candidate, head: number): number {
  const content = c.fact.content;
  if (!content) return -1;
  return c.fact.direct ? content.end : Math.min(content.end, content.start + head);
}
