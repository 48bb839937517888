/**
 * Of overlapping spans keep the longer (the earlier on ties), in text order. One sweep over
 * the spans sorted by start: linear after the sort, however many spans a long text holds.
 */
export function dropOverlaps<S extends { start: number; end: number }>(spans: readonly S[]): S[] {
  const byStart = [...spans].sort((a, b) => a.start - b.start);
  const kept: S[] = [];
  for (const span of byStart) {
    const last = kept[kept.length - 1];
    if (!last || span.start >= last.end) kept.push(span);
    else if (span.end - span.start > last.end - last.start) kept[kept.length - 1] = span;
  }
  return kept;
}
