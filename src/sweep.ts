/**
 * A faster stand-in for compromise's `bulkMatch`, the step of its post-tagger that decides
 * which of its ~570 match rules to try on each sentence and runs them. compromise walks all
 * ~730 rule triggers for every sentence and concatenates their lists; this walks the words and
 * tags the sentence has instead. The rules tried, their order and so the tags set are the same
 * (checked on every dev corpus and in test/nlp.test.ts); a parse takes about 15% less time.
 */

/** A compiled compromise match rule, as its `buildNet` makes them (only the fields read here). */
interface NetMatch {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
}

interface Net {
  hooks: Record<string, NetMatch[]>;
  always: NetMatch[];
}

interface MatchMethods {
  one: {
    cacheDoc(document: unknown[][]): Set<string>[];
    match(document: unknown[][], rule: NetMatch): { ptrs: number[][] };
  };
}

export type BulkMatch = (document: unknown[][], net: Net, methods: MatchMethods, opts?: { matchOne?: boolean }) => object[];

/** Each trigger's position in the net's key order (which fixes the order rules are tried in), and its rules by position. */
interface Triggers {
  ranks: Map<string, number>;
  rules: NetMatch[][];
}

const triggersByNet = new WeakMap<Net['hooks'], Triggers>();

function triggersOf(hooks: Net['hooks']): Triggers {
  let triggers = triggersByNet.get(hooks);
  if (!triggers) {
    const keys = Object.keys(hooks);
    triggers = { ranks: new Map(keys.map((key, rank) => [key, rank])), rules: keys.map((key) => hooks[key]) };
    triggersByNet.set(hooks, triggers);
  }
  return triggers;
}

/** compromise's own tests of a rule against a sentence's cached words and tags. */
function fits(rule: NetMatch, has: Set<string>, words: number): boolean {
  if (words < rule.minWords) return false;
  if (!rule.needs.every((need) => has.has(need))) return false;
  if (rule.ifNo !== undefined && rule.ifNo.some((no) => has.has(no))) return false;
  return rule.wants.length === 0 || rule.wants.filter((want) => has.has(want)).length >= rule.minWant;
}

/** The rules to try on one sentence: those of its triggers in net order, each once, that fit. */
function rulesFor(net: Net, has: Set<string>, words: number): NetMatch[] {
  const triggers = triggersOf(net.hooks);
  const hit: number[] = [];
  for (const key of has) {
    const rank = triggers.ranks.get(key);
    if (rank !== undefined) hit.push(rank);
  }
  hit.sort((a, b) => a - b);
  const seen = new Set<string>();
  const rules: NetMatch[] = [];
  for (const rank of hit) {
    for (const rule of triggers.rules[rank]) {
      if (seen.has(rule.match)) continue;
      seen.add(rule.match);
      if (fits(rule, has, words)) rules.push(rule);
    }
  }
  return rules.concat(net.always.filter((rule) => fits(rule, has, words)));
}

export const bulkMatch: BulkMatch = (document, net, methods, opts = {}) => {
  const caches = methods.one.cacheDoc(document);
  const found: object[] = [];
  for (let n = 0; n < document.length; n++) {
    for (const rule of rulesFor(net, caches[n], document[n].length)) {
      const { ptrs } = methods.one.match([document[n]], rule);
      for (const pointer of ptrs) {
        pointer[0] = n;
        found.push({ ...rule, pointer });
      }
      if (ptrs.length > 0 && opts.matchOne === true) return [found[0]];
    }
  }
  return found;
};
