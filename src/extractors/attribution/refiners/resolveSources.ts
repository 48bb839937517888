import type { ParsedDocument, Token } from '../../../document.js';
import type { Candidate } from '../candidate.js';
import { PERSON_PRONOUNS } from '../lexicon.js';
import { tokenIndexAt } from '../../../document.js';
import { nounPhraseBefore } from '../tokens.js';

type EntityType = 'person' | 'organization' | 'name';

interface Entity {
  start: number;
  text: string;
  type: EntityType;
}

/** How many named entities back a pronoun or description may reach. */
const REACH = 30;
/** At most this many words in the long form of an acronym. */
const LONG_FORM_WORDS = 10;
const ORGANIZATION_PRONOUNS = new Set(['it', 'its']);
/** Relative pronouns are named by their antecedent: `the agency, which said …`. */
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
/** Heads of descriptions that stand for an organisation: `the agency`, `the ministry`. */
const ORGANIZATION_NOUNS = new Set([
  'agency', 'ministry', 'department', 'government', 'company', 'firm', 'group', 'organization', 'organisation', 'service',
  'office', 'committee', 'commission', 'campaign', 'council', 'party', 'administration', 'bureau', 'institute', 'newspaper', 'paper',
]);

/**
 * `source.name`: the named source behind a pronoun or a description (`he`, `the agency`,
 * `officials`): the nearest named entity before it that fits (a person for `he`, an
 * organisation for `it` or a bare `the agency`, one whose name holds the description's head word
 * for `the president`, none by type for a description with words of its own: `the health ministry`);
 * and the long form of an acronym defined in the text (`National Intelligence Service (NIS)`).
 */
export function resolveSources(doc: ParsedDocument, candidates: Candidate[]): Candidate[] {
  const entities = namedEntities(doc);
  const acronyms = acronymsOf(doc);
  return candidates.map((c) => {
    const source = c.fact.source;
    if (!source) return c;
    const name = acronymName(source.text, acronyms) ?? referentName(doc, entities, source.start, source.end);
    return name ? { ...c, fact: { ...c.fact, source: { ...source, name } } } : c;
  });
}

function acronymName(text: string, acronyms: Map<string, string>): string | undefined {
  for (const word of text.split(/[^A-Za-z]+/)) {
    const long = acronyms.get(word);
    if (long) return long;
  }
  return undefined;
}

/** The entity a source without a name of its own stands for. */
function referentName(doc: ParsedDocument, entities: Entity[], start: number, end: number): string | undefined {
  const tokens = doc.tokens.slice(tokenIndexAt(doc, start), tokenIndexAt(doc, end));
  if (tokens.length === 0 || tokens.some((t) => t.tags.has('ProperNoun'))) return undefined;
  const head = tokens[tokens.length - 1];
  const wanted: EntityType | undefined = PERSON_PRONOUNS.has(head.normal) || head.tags.has('Person')
    ? 'person'
    : ORGANIZATION_PRONOUNS.has(head.normal) || ORGANIZATION_NOUNS.has(head.normal) ? 'organization' : undefined;
  if (head.normal === 'i' || head.normal === 'we' || head.normal === 'you') return undefined;
  if (RELATIVE_PRONOUNS.has(head.normal)) return relativeAntecedent(doc, tokens[0]);
  const before = lastBefore(entities, start);
  const headWord = head.normal.replace(/s$/, '');
  for (let i = before; i >= 0 && before - i < REACH; i--) {
    if (!head.tags.has('Pronoun') && entities[i].text.toLowerCase().includes(headWord)) return entities[i].text;
  }
  // A description with words of its own (`the interior ministry`) names a body not yet named:
  // only a pronoun or a bare description (`it`, `the ministry`) takes the nearest entity of its type.
  if (tokens.some((t) => t !== head && !t.tags.has('Determiner'))) return undefined;
  for (let i = before; i >= 0 && before - i < REACH; i--) {
    if (wanted && entities[i].type === wanted) return entities[i].text;
  }
  return undefined;
}

/** `Name, who …` / `the Acme Group, which …`: the name right before the relative pronoun, if it is one. */
function relativeAntecedent(doc: ParsedDocument, who: Token): string | undefined {
  const phrase = nounPhraseBefore(doc, who.index);
  return phrase && doc.tokens[phrase[1]].tags.has('ProperNoun') ? doc.text.slice(doc.tokens[phrase[0]].start, doc.tokens[phrase[1]].end) : undefined;
}

/** Index of the last entity starting before an offset (binary search), -1 for none. */
function lastBefore(entities: Entity[], offset: number): number {
  let low = 0;
  let high = entities.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (entities[mid].start < offset) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/** Runs of proper nouns, typed by compromise's Person and Organization tags. */
function namedEntities(doc: ParsedDocument): Entity[] {
  const entities: Entity[] = [];
  let run: Token[] = [];
  const flush = () => {
    if (run.length > 0) {
      const type: EntityType = run.some((t) => t.tags.has('Person')) ? 'person' : run.some((t) => t.tags.has('Organization') || t.tags.has('Acronym')) ? 'organization' : 'name';
      entities.push({ start: run[0].start, text: doc.text.slice(run[0].start, run[run.length - 1].end), type });
    }
    run = [];
  };
  for (const token of doc.tokens) {
    const proper = token.tags.has('ProperNoun') || token.tags.has('Person') || token.tags.has('Organization');
    if (!proper || (run.length > 0 && /[,;:()“”"\n]/.test(run[run.length - 1].post))) flush();
    if (proper) run.push(token);
  }
  flush();
  return entities;
}

/** `Long Form Of Name (LFN)`: the capitalised words before an acronym in brackets. */
function acronymsOf(doc: ParsedDocument): Map<string, string> {
  const acronyms = new Map<string, string>();
  const t = doc.tokens;
  for (let i = 1; i < t.length; i++) {
    if (!/^[A-Z]{2,6}$/.test(t[i].text) || !t[i].pre.includes('(') || !t[i].post.includes(')')) continue;
    let first = i - 1;
    while (first > 0 && i - first < LONG_FORM_WORDS && /^[A-Z]/.test(t[first - 1].text) && !/[,;:()\n]/.test(t[first - 1].post) && !t[first - 1].tags.has('Determiner')) first--;
    if (/^[A-Z]/.test(t[first].text) && !t[first].tags.has('Determiner')) acronyms.set(t[i].text, doc.text.slice(t[first].start, t[i - 1].end));
  }
  return acronyms;
}
