/** The one compromise instance every extractor's shared parse comes from. */
import nlp from 'compromise';
import { bulkMatch, type BulkMatch } from './sweep.js';

/** compromise's full (three) view, with numbers, places, quotations and the rest. */
export type View = ReturnType<typeof nlp>;

/**
 * compromise's own steps after tokenising, in its order, less `chunks`: no extractor reads
 * noun/verb chunks, and that step is about a tenth of the parse.
 */
const taggingSteps = (): string[] => nlp.hooks().filter((hook: string) => hook !== 'chunks' && hook !== 'contractions');

/**
 * Tokenises (contractions included) and tags `text`, giving the tags nlp(text) gives, in about
 * three quarters of the time: without the unused steps, and with the faster rule sweep of
 * ./sweep.ts in place of compromise's for the length of this call only, so other users of
 * compromise in the process are untouched.
 */
export function parse(text: string): View {
  const methods = (nlp.methods() as { one: { bulkMatch: BulkMatch } }).one;
  const stock = methods.bulkMatch;
  methods.bulkMatch = bulkMatch;
  try {
    const view = nlp.tokenize(text);
    view.compute(taggingSteps());
    return view;
  } finally {
    methods.bulkMatch = stock;
  }
}

/** The tag compromise's lexicon gives a word on its own (`Organization` for `hitachi`), before any context. */
export function lexiconTag(word: string): string | undefined {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | undefined> } }).one.lexicon;
  return lexicon[word.toLowerCase()];
}
