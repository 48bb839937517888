import type { QuantityDraft } from './index.js';

const SCALES: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
};
const CURRENCIES: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₩': 'KRW' };

const NUMBER_PATTERN =
  /(?<![\w.,-])(?<currency>[$€£¥₩])?(?<minus>-)?(?<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(?<scale>thousand|million|billion|trillion|bn|mn|tn|[kmb])\b)?(?<percent>\s?(?:%|per ?cent\b|percent\b))?(?![\w-]*\d)/gi;

/** Every number written in digits, with its currency, scale and percent sign folded in. */
export function findNumbers(text: string): QuantityDraft[] {
  const found: QuantityDraft[] = [];
  for (const match of text.matchAll(NUMBER_PATTERN)) {
    const groups = match.groups ?? {};
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const base = Number(groups.digits.replace(/,/g, ''));
    const scale = groups.scale ? SCALES[groups.scale.toLowerCase()] : 1;
    const value = (groups.minus ? -1 : 1) * base * scale;
    const draft: QuantityDraft = { kind: 'quantity', start, end, text: text.slice(start, end), value };
    if (groups.percent) draft.unit = '%';
    if (groups.currency) draft.currency = CURRENCIES[groups.currency];
    found.push(draft);
  }
  return found;
}
