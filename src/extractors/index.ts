import { attributionExtractor } from './attribution/index.js';
import { dateExtractor } from './date/index.js';
import type { AnyExtractor } from './extractor.js';
import { locationExtractor } from './location/index.js';
import { quantityExtractor } from './quantity/index.js';

/** Every extractor, in the order they run over the shared parse. */
export const EXTRACTORS: readonly AnyExtractor[] = [quantityExtractor, dateExtractor, locationExtractor, attributionExtractor];
