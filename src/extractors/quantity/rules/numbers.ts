import { findAtoms } from '../atoms.js';
import type { Candidate } from '../candidate.js';
import { composeNumber } from '../grammar.js';

/** Every number in digits or words (`11,000`, `eleven thousand`, `1.5 million`, `half a dozen`, `⅓`, `1e10`). */
export function numbersRule(text: string): Candidate[] {
  const atoms = findAtoms(text);
  const found: Candidate[] = [];
  for (let i = 0; i < atoms.length; ) {
    const number = composeNumber(text, atoms, i);
    if (!number) {
      i++;
      continue;
    }
    const first = atoms[number.from];
    const last = atoms[number.to - 1];
    const single = number.to - number.from === 1 && first.kind === 'digits';
    found.push({
      kind: 'quantity',
      start: first.start,
      end: last.end,
      text: text.slice(first.start, last.end),
      value: number.value,
      meta: {
        wordy: number.wordy,
        plainInteger: single && !!first.plainInteger,
        suffix: last.kind === 'digits' ? last.suffix : undefined,
        scale: last.kind === 'scale' ? last.value : undefined,
      },
    });
    i = number.to;
  }
  return found;
}
