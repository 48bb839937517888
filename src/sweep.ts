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

/**
 * Each trigger's position in the net's key order (which fixes the order rules are tried in), its
 * rules by position, and for each rule a number shared by rules of the same match, so a sentence
 * tries each match once (compromise keeps the first) without hashing strings.
 */
interface Triggers {
  ranks: Map<string, number>;
  rules: { rule: NetMatch; match: number }[][];
  /** The sentence (its `generation`) that last tried each match. */
  tried: Float64Array;
  generation: number;
}

const triggersByNet = new WeakMap<Net['hooks'], Triggers>();

function triggersOf(hooks: Net['hooks']): Triggers {
  let triggers = triggersByNet.get(hooks);
  if (!triggers) {
    const keys = Object.keys(hooks);
    const matches = new Map<string, number>();
    const numberOf = (match: string) => {
      if (!matches.has(match)) matches.set(match, matches.size);
      return matches.get(match)!;
    };
    const rules = keys.map((key) => hooks[key].map((rule) => ({ rule, match: numberOf(rule.match) })));
    triggers = { ranks: new Map(keys.map((key, rank) => [key, rank])), rules, tried: new Float64Array(matches.size), generation: 0 };
    triggersByNet.set(hooks, triggers);
  }
  return triggers;
}

/** compromise's own tests of a rule against a sentence's cached words and tags (loops: this runs for every rule of every sentence). */
function fits(rule: NetMatch, has: Set<string>, words: number): boolean {
  if (words < rule.minWords) return false;
  for (const need of rule.needs) if (!has.has(need)) return false;
  if (rule.ifNo !== undefined) for (const no of rule.ifNo) if (has.has(no)) return false;
  if (rule.wants.length === 0) return true;
  let wanted = 0;
  for (const want of rule.wants) if (has.has(want)) wanted++;
  return wanted >= rule.minWant;
}

/** The rules to try on one sentence: those of its triggers in net order, each match once, that fit. */
function rulesFor(net: Net, has: Set<string>, words: number): NetMatch[] {
  const triggers = triggersOf(net.hooks);
  const hit: number[] = [];
  for (const key of has) {
    const rank = triggers.ranks.get(key);
    if (rank !== undefined) hit.push(rank);
  }
  hit.sort((a, b) => a - b);
  const generation = ++triggers.generation;
  const rules: NetMatch[] = [];
  for (const rank of hit) {
    for (const { rule, match } of triggers.rules[rank]) {
      if (triggers.tried[match] === generation) continue;
      triggers.tried[match] = generation;
      if (fits(rule, has, words)) rules.push(rule);
    }
  }
  for (const rule of net.always) if (fits(rule, has, words)) rules.push(rule);
  return rules;
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
