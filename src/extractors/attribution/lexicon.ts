/**
 * The words attributions hang on: reporting, belief and intention verbs (by their base form,
 * inflected here), the verbs that take a hearer before what is said, and pronouns.
 */

/** Verbs of saying and writing. */
const SPEECH = [
  'say', 'tell', 'state', 'claim', 'add', 'note', 'announce', 'report', 'explain', 'write', 'tweet', 'post', 'argue',
  'insist', 'warn', 'declare', 'confirm', 'deny', 'acknowledge', 'admit', 'reveal', 'suggest', 'assert', 'allege',
  'maintain', 'reply', 'respond', 'answer', 'ask', 'recall', 'remark', 'comment', 'testify', 'predict', 'promise',
  'pledge', 'vow', 'urge', 'describe', 'continue', 'conclude', 'agree', 'disagree', 'complain', 'boast', 'joke', 'quip',
  'concede', 'stress', 'emphasize', 'mention', 'cite', 'repeat', 'echo', 'contend', 'counter', 'observe',
  'question', 'criticize', 'praise', 'accuse', 'blame', 'blast', 'slam', 'mock', 'decry', 'denounce', 'condemn',
  'defend', 'endorse', 'propose', 'recommend', 'demand', 'threaten', 'estimate', 'forecast', 'project', 'indicate',
  'assure', 'inform', 'remind', 'caution', 'speculate', 'proclaim', 'exclaim', 'shout', 'chant',
  'whisper', 'reiterate', 'affirm', 'dispute', 'challenge', 'highlight', 'tout', 'lament', 'signal',
  'hint', 'imply', 'advise', 'interrupt', 'retweet', 'publish', 'release', 'attack', 'applaud', 'thank',
  'apologize', 'brag', 'grumble', 'scoff', 'sneer', 'rail', 'lash', 'muse', 'pronounce', 'swear', 'concur', 'retort',
  'express', 'elaborate', 'speak', 'talk', 'discuss', 'address', 'call', 'point', 'refer',
];
/** Verbs of finding and showing, whose sources are studies, polls and documents. */
const EVIDENCE = ['find', 'show', 'determine', 'establish', 'document', 'list'];
/** Verbs of belief, knowledge and feeling. */
const BELIEF = [
  'believe', 'think', 'feel', 'know', 'expect', 'hope', 'fear', 'worry', 'doubt', 'suspect', 'assume',
  'understand', 'realize', 'recognize', 'guess', 'imagine', 'wonder', 'anticipate', 'trust', 'figure', 'reckon',
  'learn', 'regret', 'accept', 'view',
];
/** Verbs of wanting, deciding and supporting. */
const STANCE = [
  'want', 'plan', 'intend', 'seek', 'aim', 'decide', 'refuse', 'decline', 'wish', 'prefer', 'favor', 'support',
  'oppose', 'reject', 'dismiss', 'back', 'vote', 'push', 'order', 'offer', 'sign',
];

/**
 * Verbs that report an estimate only with a figure noun and `at` after it: `put the toll at 40`,
 * `placed the cost at $2 million` (never `put the book on the shelf`).
 */
const FIGURE_VERBS = ['put', 'place', 'peg'];
/** The nouns of figures those verbs take. */
export const FIGURE_NOUNS = new Set([
  'figure', 'figures', 'number', 'numbers', 'toll', 'total', 'count', 'tally', 'cost', 'costs', 'estimate', 'turnout',
  'attendance', 'losses', 'damage', 'bill', 'price', 'value', 'size', 'crowd', 'rate',
]);

/** A base form takes the spelling changes of these few verbs whose last consonant doubles. */
const DOUBLING = new Set(['put', 'peg', 'admit', 'plan', 'prefer', 'refer', 'regret', 'quip', 'concur', 'rebut', 'commit', 'submit', 'omit', 'permit', 'control', 'chat', 'blog']);

/** Irregular past forms (past tense and participle). */
const IRREGULAR: Record<string, string[]> = {
  say: ['said'], tell: ['told'], write: ['wrote', 'written'], think: ['thought'], know: ['knew', 'known'],
  put: ['put'], find: ['found'], feel: ['felt'], speak: ['spoke', 'spoken'], forecast: ['forecast'], understand: ['understood'],
  swear: ['swore', 'sworn'], show: ['showed', 'shown'], seek: ['sought'], learn: ['learned', 'learnt'], lash: ['lashed'],
};

/** Every written form of a regular or listed-irregular verb. */
export function inflections(base: string): string[] {
  const doubled = DOUBLING.has(base) ? base + base[base.length - 1] : base;
  const third = /(s|sh|ch|x|z)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  const past = IRREGULAR[base] ?? [/e$/.test(base) ? `${base}d` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${doubled}ed`];
  const gerund = /ie$/.test(base) ? `${base.slice(0, -2)}ying` : /[^eioy]e$/.test(base) ? `${base.slice(0, -1)}ing` : `${doubled}ing`;
  return [base, third, ...past, gerund];
}

export type CueClass = 'speech' | 'evidence' | 'belief' | 'stance';

function formsOf(entries: [CueClass, string[]][]): Map<string, { lemma: string; cls: CueClass }> {
  const forms = new Map<string, { lemma: string; cls: CueClass }>();
  for (const [cls, bases] of entries) {
    for (const base of bases) for (const form of inflections(base)) if (!forms.has(form)) forms.set(form, { lemma: base, cls });
  }
  return forms;
}

/** Forms far more often nouns than reporting verbs (`the states`, `a state`). */
const NOUN_FORMS = ['state', 'states'];

/** Written form → base form and class. */
export const CUE_FORMS = formsOf([['speech', SPEECH], ['evidence', EVIDENCE], ['belief', BELIEF], ['stance', STANCE]]);
for (const form of NOUN_FORMS) CUE_FORMS.delete(form);

/** Written form → base form of the figure verbs (`put`, `placed`, `pegs`). */
export const FIGURE_FORMS = new Map(FIGURE_VERBS.flatMap((base) => inflections(base).map((form) => [form, base] as const)));

/** Verbs that need their particle to be a cue at all (`call for`, `point out`), with the particles they take. */
export const PARTICLES: Record<string, string[]> = {
  call: ['for', 'on'], point: ['out', 'to'], refer: ['to'], speak: ['about', 'of', 'out'], talk: ['about'],
  lash: ['out'], rail: ['against'], back: ['away'], push: ['for', 'back'], vote: ['for', 'against'],
};
/** Verbs that are only cues with one of their particles. */
export const NEEDS_PARTICLE = new Set(['point', 'refer', 'talk', 'lash', 'rail', 'push', 'vote', 'back']);

/** Verbs whose hearer stands between the cue and what is said: `told reporters (that) …`. */
export const TAKES_HEARER = new Set([
  'tell', 'assure', 'inform', 'remind', 'warn', 'ask', 'urge', 'advise', 'promise', 'caution', 'thank', 'accuse', 'call',
]);

/** Verbs that introduce speech only beside a quotation or after it (`he continued`), never before indirect content. */
export const QUOTE_ONLY = new Set(['continue', 'interrupt', 'joke', 'quip', 'chant', 'shout', 'whisper', 'exclaim']);

/** Hearer-taking verbs that never stand before their speaker: `told reporters`, never `told Mr. X` for `Mr. X told`. */
export const NEVER_INVERTED = new Set(['tell', 'assure', 'inform', 'remind', 'urge', 'advise', 'thank', 'accuse', 'caution', 'call']);

/** Personal and relative pronouns that stand for a person. */
export const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'i', 'we', 'you', 'who', 'whom']);

/** Words that are never a source by themselves. */
export const NOT_SOURCES = new Set(['there', 'what', 'which', 'that', 'this', 'these', 'those', 'here', 'something', 'nothing', 'time', 'year', 'week', 'day']);
