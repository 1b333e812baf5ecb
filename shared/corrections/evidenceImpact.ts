import type { Evidence } from '../anchor/evidence.ts';
import type { Correction } from './correction.ts';

export type Impact = 'none' | 'changed' | 'deleted';

/**
 * What a correction does to one evidence span. 'deleted' when it removes every character of the span
 * without putting anything in its place; 'changed' when it alters any character inside (or inserts inside).
 * Edits that only touch the span's edges leave it alone.
 */
export function impactOnSpan(c: Pick<Correction, 'start' | 'end' | 'after'>, span: Pick<Evidence, 'start' | 'end'>): Impact {
  if (c.start === c.end) return span.start < c.start && c.start < span.end ? 'changed' : 'none';
  if (c.end <= span.start || c.start >= span.end) return 'none';
  if (c.start <= span.start && c.end >= span.end && c.after === '') return 'deleted';
  return 'changed';
}

/**
 * What a set of active corrections does to a record's evidence as a whole: 'deleted' when every span is gone
 * from the corrected text, 'changed' when any span is touched, with the ids of the corrections involved.
 */
export function impactOnEvidence(
  active: readonly Correction[],
  evidence: readonly Evidence[],
): { impact: Impact; correctionIds: string[] } {
  const ids = new Set<string>();
  let deletedSpans = 0;
  for (const span of evidence) {
    let spanDeleted = false;
    for (const c of active) {
      const impact = impactOnSpan(c, span);
      if (impact === 'none') continue;
      ids.add(c.id);
      if (impact === 'deleted') spanDeleted = true;
    }
    if (spanDeleted) deletedSpans++;
  }
  const impact: Impact = ids.size === 0 ? 'none' : deletedSpans === evidence.length ? 'deleted' : 'changed';
  return { impact, correctionIds: [...ids].sort() };
}
