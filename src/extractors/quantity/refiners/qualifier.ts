import type { Qualifier } from '../../../types.js';
import type { Candidate } from '../candidate.js';
import { QUALIFIER_PHRASES, alternation } from '../lexicon.js';

const BY_PHRASE = new Map(QUALIFIER_PHRASES.map(([phrase, q]) => [phrase, q]));
/** The qualifier right before the number; quotes may stand between (`approximately “1,000`). */
const BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?<phrase>${alternation(QUALIFIER_PHRASES.map(([p]) => p))})[\s"“”'‘’]*$`, 'iu');
const AFTER: [RegExp, Qualifier][] = [
  [/^\s*(?:\p{L}+\s+)?(?:or|and)\s+(?:more|greater|higher|above|over)\b/iu, '>='],
  [/^\s*(?:\p{L}+\s+)?(?:or|and)\s+(?:less|fewer|lower|below|under)\b/iu, '<='],
  [/^\+(?!\d)/u, '>='],
];

/** The qualifier of a number: words before (`about`, `up to`, `more than`) or after (`or more`). */
export function qualifierOf(text: string, c: Candidate): Qualifier | undefined {
  const phrase = BEFORE.exec(text.slice(Math.max(0, c.start - 24), c.start))?.groups?.phrase;
  if (phrase) return BY_PHRASE.get(phrase.toLowerCase());
  const after = text.slice(c.end, c.end + 24);
  return AFTER.find(([pattern]) => pattern.test(after))?.[1];
}

/** Keep the qualifier apart from the value, which stays the bare number. Ranges keep `~` only. */
export function attachQualifier(text: string, found: Candidate[]): Candidate[] {
  return found.map((c) => {
    const qualifier = qualifierOf(text, c);
    if (!qualifier || (typeof c.value !== 'number' && qualifier !== '~')) return c;
    return { ...c, qualifier };
  });
}
