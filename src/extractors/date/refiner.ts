/** A pass over all the rules' candidates of a document, in text order (merge, attach, resolve, drop). */
import type { DateContext } from './context.js';
import type { DateDraft } from './index.js';

export interface DateRefiner {
  name: string;
  refine(ctx: DateContext, drafts: DateDraft[]): DateDraft[];
}
