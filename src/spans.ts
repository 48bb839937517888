import type { Span } from './types.js';

/** Keep the longest of overlapping spans (earliest first on ties), in text order. */
export function dropOverlaps<S extends Span>(spans: S[]): S[] {
  const byLength = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: S[] = [];
  for (const span of byLength) {
    if (!kept.some((k) => k.start < span.end && span.start < k.end)) kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}
