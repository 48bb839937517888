/**
 * The number grammar: composes neighbouring atoms into one number, as English writes them:
 * `one hundred and six`, `twenty-one trillion`, `1.5 million`, `half a dozen`, `two thirds of a million`,
 * `three and a half`, `two hundred point zero three`.
 */
import type { Atom } from './atoms.js';

export interface ComposedNumber {
  /** Index of the first and one past the last atom used. */
  from: number;
  to: number;
  value: number;
  /** True when any word took part (`eleven thousand`, `1.5 million`). */
  wordy: boolean;
}

/** What may stand between two atoms of one number. */
const JOINER = /^(?<space>[ \t\u00a0]+|[ \t]*[-‐–][ \t]*|[ \t]+and[ \t]+|[ \t]+of[ \t]+|[ \t]*,[ \t]*(?=and\b)|[ \t]+(?=a\b))$/i;
type Joiner = 'space' | 'hyphen' | 'and' | 'of';

function joinerBetween(text: string, left: Atom, right: Atom): Joiner | null {
  const gap = text.slice(left.end, right.start);
  if (gap.length > 12 || !JOINER.test(gap)) return null;
  if (/and/i.test(gap)) return 'and';
  if (/of/i.test(gap)) return 'of';
  if (/[-‐–]/.test(gap)) return 'hyphen';
  return 'space';
}

/** Running state of one number being read. */
class Reading {
  total = 0;
  group = 0;
  part: number | null = null;
  lastScale = Infinity;
  hundredInGroup = false;
  afterAnd = false;
  decimals: string | null = null;
  /** `one twenty-fifth`: the numerator read before a compound denominator began. */
  numerator: number | null = null;
  wordy = false;

  value(): number {
    const whole = this.total + this.group + (this.part ?? 0);
    return this.decimals ? whole + Number(`0.${this.decimals}`) : whole;
  }
}

/** Can `atom` continue the number read so far? If so, fold it in and say yes. */
function step(reading: Reading, previous: Atom | null, atom: Atom, joiner: Joiner | null, next: Atom | null, after: string): boolean {
  const r = reading;
  if (r.decimals !== null || (previous?.kind === 'point')) {
    if (atom.kind !== 'unit' && atom.kind !== 'teen') return false;
    r.decimals = (r.decimals ?? '') + String(atom.value);
    return true;
  }
  if (joiner === 'and') {
    const leadsToFraction = atom.kind === 'article' || next?.kind === 'fraction';
    if (!(previous?.kind === 'hundred' || previous?.kind === 'scale' || leadsToFraction)) return false;
    r.group += r.part ?? 0;
    r.part = null;
    r.afterAnd = true;
  }
  if (joiner === 'hyphen' && previous?.kind === 'digits') return false;
  if (joiner === 'of' && !(previous?.kind === 'fraction' && atom.kind === 'article')) return false;
  const fresh = r.part === null;
  switch (atom.kind) {
    case 'digits':
      if (previous && !(joiner === 'and' && (previous.kind === 'hundred' || previous.kind === 'scale')) && !(previous.kind === 'scale' && atom.value < r.lastScale && atom.plainInteger && (next?.kind === 'hundred' || next?.kind === 'scale'))) return false;
      r.part = atom.value;
      return true;
    case 'unit':
    case 'teen':
      if (!fresh && !(previous?.kind === 'tens' && atom.kind === 'unit' && joiner !== 'and')) return false;
      if (previous?.kind === 'digits') return false;
      r.part = (r.part ?? 0) + atom.value;
      break;
    case 'tens':
      if (!fresh && previous?.kind !== 'tens' && next?.kind === 'fraction' && next.value < 10) {
        r.numerator = r.part;
        r.part = atom.value;
        break;
      }
      if (!fresh || previous?.kind === 'digits') return false;
      r.part = atom.value;
      break;
    case 'hundred':
      if (r.hundredInGroup || (r.part !== null && (r.part >= 100 || r.part <= 0)) || (r.part === null && previous !== null)) return false;
      r.group += (r.part ?? 1) * 100;
      r.part = null;
      r.hundredInGroup = true;
      break;
    case 'scale': {
      if (atom.value >= r.lastScale) return false;
      const n = r.group + (r.part ?? (previous ? 0 : 1));
      if (n === 0) return false;
      r.total += n * atom.value;
      r.group = 0;
      r.part = null;
      r.lastScale = atom.value;
      r.hundredInGroup = false;
      r.afterAnd = false;
      break;
    }
    case 'dozen':
      if (fresh && (previous || atom.plural)) return false;
      r.part = (r.part ?? 1) * 12;
      break;
    case 'fraction':
      if (r.numerator !== null && previous?.kind === 'tens') {
        r.part = r.numerator / ((r.part ?? 0) + atom.value);
        r.numerator = null;
        break;
      }
      if (previous?.kind === 'tens' && joiner === 'hyphen') return false;
      if (!/s$/.test(atom.word ?? '') && ((r.part ?? 0) > 1 || (fresh && r.group + r.total > 1))) return false;
      if (fresh && previous && (r.group > 0 || r.total > 0) && !r.afterAnd) {
        const whole = r.total + r.group;
        r.total = 0;
        r.group = whole / atom.value;
        break;
      }
      if (fresh && previous) return false;
      if (fresh && !/^(?:half|quarter)$/.test(atom.word ?? '')) return false;
      if (fresh && !(next && (next.kind === 'scale' || next.kind === 'article' || next.kind === 'dozen')) && !/^\s+of\b/i.test(after)) return false;
      r.part = (r.part ?? 1) / atom.value;
      break;
    case 'article':
      if (r.part !== null && r.part < 1) return true;
      if (!fresh) return false;
      r.part = 1;
      break;
    case 'point':
      if (!previous) return false;
      r.decimals = '';
      return true;
  }
  r.wordy = true;
  return true;
}

/** Read the longest number starting at atom `from`, or nothing when that atom cannot start one. */
export function composeNumber(text: string, atoms: readonly Atom[], from: number): ComposedNumber | null {
  const reading = new Reading();
  let best: ComposedNumber | null = null;
  let beforeAnd: ComposedNumber | null = null;
  for (let i = from; i < atoms.length; i++) {
    const atom = atoms[i];
    const previous = i > from ? atoms[i - 1] : null;
    const joiner = previous ? joinerBetween(text, previous, atom) : null;
    if (previous && !joiner) break;
    if (!step(reading, previous, atom, joiner, atoms[i + 1] ?? null, text.slice(atom.end, atom.end + 8))) {
      if ((atom.kind === 'hundred' || atom.kind === 'scale') && beforeAnd) best = beforeAnd;
      break;
    }
    if (joiner === 'and') beforeAnd = best;
    const complete = atom.kind !== 'article' && atom.kind !== 'point' && !(reading.decimals === '');
    if (complete) best = { from, to: i + 1, value: finish(reading, atom), wordy: reading.wordy || atom.kind !== 'digits' };
  }
  return best;
}

/** `one million and a half` is 1.5 million: a fraction after a scale's `and` belongs to that scale. */
function finish(reading: Reading, last: Atom): number {
  const value = reading.value();
  if (last.kind === 'fraction' && reading.afterAnd && reading.lastScale !== Infinity && reading.group === 0 && reading.part !== null && reading.part < 1) {
    return reading.total + reading.part * reading.lastScale;
  }
  return value;
}
