import type { Fact } from '../types.js';

/** A fact's normalised value as one display string: `11000`, `1000–3000`, `~11000`, `2025-02`. */
export function displayValue(fact: Fact): string {
  switch (fact.kind) {
    case 'quantity': {
      const value = typeof fact.value === 'number' ? String(fact.value) : `${fact.value.low}–${fact.value.high}`;
      return `${fact.qualifier ?? ''}${value}`;
    }
    case 'date':
      return fact.mod ? `${fact.value} (${fact.mod})` : fact.value;
    case 'location':
      return fact.value ?? '';
    case 'attribution':
      return fact.direct ? 'direct' : 'indirect';
  }
}

/** The kind-specific details worth a column: unit, place name, source and cue … */
export function displayDetail(fact: Fact): string {
  switch (fact.kind) {
    case 'quantity':
      return [fact.unit, fact.currency].filter(Boolean).join(' ');
    case 'date':
      return fact.type;
    case 'location':
      return [fact.name, fact.type, fact.country].filter(Boolean).join(', ');
    case 'attribution':
      return [fact.source?.name ?? fact.source?.text, fact.cue?.text].filter(Boolean).join(' — ');
  }
}
