/** Times named only as present, past or future: `now`, `currently` (PRESENT_REF), `previously` (PAST_REF), `the future` (FUTURE_REF). */
import { patternRule } from '../rule.js';

const REFS: Record<string, string> = {
  now: 'PRESENT_REF', currently: 'PRESENT_REF', current: 'PRESENT_REF', nowadays: 'PRESENT_REF', 'the present': 'PRESENT_REF',
  previously: 'PAST_REF', 'the past': 'PAST_REF',
  future: 'FUTURE_REF', 'the future': 'FUTURE_REF',
};

export const genericRef = patternRule(
  'generic-ref',
  /\b(?<word>now|currently|nowadays|previously|the (?:present|past|future)|future|current)\b(?!\s+(?:tense|\w+ly\b))/gi,
  (g, ctx, start, end) => {
    const word = (g.word ?? '').toLowerCase();
    // `the past five years` is a duration, `the present case` a case; `current` only as `current` + noun.
    if (/^the (?:past|present)$/.test(word) && /^\s+[a-z0-9]/i.test(ctx.text.slice(end, end + 2))) return undefined;
    if (word === 'current' && !/^\s+[a-z]/.test(ctx.text.slice(end, end + 2))) return undefined;
    if (/^\s*[A-Z]/.test(ctx.text.slice(start, start + 1)) && word === 'future' && /^\s+[A-Z]/.test(ctx.text.slice(end, end + 2))) return undefined;
    return { value: REFS[word], type: 'DATE' };
  },
);
