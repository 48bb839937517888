/**
 * The one configured compromise instance. Extractors teach it through its own extension
 * points (lexicon words, tags) by contributing plugins here, so that every extractor reads
 * one shared tagging of the document.
 */
import nlp from 'compromise';

/** compromise's full (three) view, with numbers, places, quotations and the rest. */
export type View = ReturnType<typeof nlp>;

/** A compromise plugin, as `nlp.plugin` takes it. */
export type NlpPlugin = Parameters<typeof nlp.plugin>[0];

export function registerPlugins(plugins: readonly NlpPlugin[]): void {
  for (const plugin of plugins) nlp.plugin(plugin);
}

export { nlp };
