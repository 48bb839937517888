import type { Fact, QuantityFact } from '../types.js';

/** A quantity's value with its qualifier: `~11000`, `1000–3000`, `<=10000`. */
export function displayQuantity(quantity: Pick<QuantityFact, 'value' | 'qualifier'>): string {
  const value = typeof quantity.value === 'number' ? String(quantity.value) : `${quantity.value.low}–${quantity.value.high}`;
  return `${quantity.qualifier ?? ''}${value}`;
}

/** A fact's normalised value as one display string: `11000`, `1000–3000`, `~11000`, `2025-02`. */
export function displayValue(fact: Fact): string {
  switch (fact.kind) {
    case 'quantity':
      return displayQuantity(fact);
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
