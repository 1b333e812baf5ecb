import type { RawCodePoint, Span as SpanOf } from '../../shared/text/offsets.ts';

/** An evidence span as the API takes it: raw code points. */
export type Span = SpanOf<RawCodePoint>;

/**
 * The record's evidence spans with one more added, in text order, touching or overlapping spans merged:
 * extending evidence should never produce two highlights over the same words.
 */
export function addSpan(spans: readonly Span[], added: Span): Span[] {
  const sorted = [...spans, added].map((s) => ({ start: s.start, end: s.end })).sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = span.end > last.end ? span.end : last.end;
    else merged.push(span);
  }
  return merged;
}
