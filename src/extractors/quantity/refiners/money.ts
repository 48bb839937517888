import { respan, type Candidate } from '../candidate.js';
import { CURRENCY_CODES, CURRENCY_SYMBOLS, SCALE_ABBREVIATIONS, alternation } from '../lexicon.js';

const DOLLAR_REGIONS: Record<string, string> = {
  US: 'USD', 'U.S.': 'USD', USD: 'USD', HK: 'HKD', AU: 'AUD', A: 'AUD', C: 'CAD', CA: 'CAD', CAD: 'CAD', NZ: 'NZD', NZD: 'NZD',
  S: 'SGD', R: 'BRL', MEX: 'MXN', MXN: 'MXN', NT: 'TWD',
};
const REGIONS = alternation(Object.keys(DOLLAR_REGIONS).flatMap((r) => [r, r.toLowerCase(), r[0] + r.slice(1).toLowerCase()]));
const SYMBOLS = Object.keys(CURRENCY_SYMBOLS).filter((s) => !/[$A-Z]/.test(s));
const CODES = [...CURRENCY_CODES, 'RM', 'Rs.', 'Rs'];
/** `$`, `US$`, `HK $`, `$US`, `€`, `USD`, `RM` just before the number (one space allowed). */
const PREFIX = new RegExp(
  String.raw`(?:(?<![\p{L}])(?<before>${REGIONS})\s?\$|\$\s?(?<after>US|AU|A|NZ|C|HK)?|(?<sym>${alternation(SYMBOLS)})|(?<![\p{L}])(?<code>${alternation(CODES)}))\s?$`,
  'u',
);
const SUFFIX = new RegExp(String.raw`^\s?(?:(?<sym>[€£¥₩₹元₡₭₦₱])|(?<code>(?:${CURRENCY_CODES.join('|')})\b))`);

function currencyOfPrefix(g: Record<string, string | undefined>): string {
  if (g.before) return DOLLAR_REGIONS[g.before.toUpperCase()] ?? 'USD';
  if (g.after) return DOLLAR_REGIONS[g.after] ?? 'USD';
  if (g.sym) return CURRENCY_SYMBOLS[g.sym];
  if (g.code) return CURRENCY_SYMBOLS[g.code.replace('.', '').toUpperCase()] ?? (g.code === 'RMB' ? 'CNY' : g.code);
  return 'USD';
}

/** A currency symbol or code before or after the number joins the span: `$2.5 billion`, `£300m`, `USD 22.5 million`, `-15€`. */
export function attachCurrency(text: string, found: Candidate[]): Candidate[] {
  return found.map((c) => {
    const before = text.slice(Math.max(0, c.start - 8), c.start);
    const prefix = PREFIX.exec(before);
    if (prefix?.groups) return { ...respan(text, c, c.start - prefix[0].length, c.end), currency: currencyOfPrefix(prefix.groups) };
    const suffix = SUFFIX.exec(text.slice(c.end, c.end + 5));
    if (suffix?.groups) {
      const currency = suffix.groups.sym ? CURRENCY_SYMBOLS[suffix.groups.sym] : suffix.groups.code;
      return { ...respan(text, c, c.start, c.end + suffix[0].length), currency };
    }
    return c;
  });
}

/** A lower-case `m` glued to a number is metres only where a size word or punctuation follows (`37m tall`); else millions (`12.3m tonnes`). */
function suffixIsMetres(text: string, c: Candidate, suffix: string): boolean {
  if (suffix !== 'm' || c.currency) return false;
  return /^(?:\s*(?:[.,;:)(]|$)|\s*-?(?:tall|long|high|wide|deep|away|above|below|across|race|sprint|hurdles|freestyle|length|height|depth)\b)/.test(text.slice(c.end, c.end + 20));
}

/** Apply the abbreviated scale after the digits: `40k` is 40,000, `$3bn` is 3e9; a bare `37m` is 37 metres. */
export function applyScaleSuffix(text: string, found: Candidate[]): Candidate[] {
  return found.map((c) => {
    const suffix = c.meta.suffix;
    if (!suffix || typeof c.value !== 'number') return c;
    if (suffixIsMetres(text, c, suffix)) {
      const end = c.end - suffix.length;
      return { ...respan(text, c, c.start, end), unit: 'm', meta: { ...c.meta, suffix: undefined } };
    }
    const scale = SCALE_ABBREVIATIONS[suffix.toLowerCase()] ?? SCALE_ABBREVIATIONS[suffix];
    return { ...c, value: c.value * scale, meta: { ...c.meta, scale, plainInteger: false } };
  });
}
