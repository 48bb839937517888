/** The one compromise instance every extractor's shared parse comes from. */
import nlp from 'compromise';

/** compromise's full (three) view, with numbers, places, quotations and the rest. */
export type View = ReturnType<typeof nlp>;

export { nlp };
