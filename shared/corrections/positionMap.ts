import { compareEdits, type Edit } from './correction.ts';

/**
 * Exact raw ↔ corrected position mapping for a set of non-overlapping edits, O(log n) per position
 * (binary search over prefix sums).
 *
 * Bias decides positions that have two sensible answers: inside a replaced region, or at a point where text
 * was inserted. 'before' picks the left edge (start of the region / before the inserted text), 'after' the
 * right edge.
 */
export type Bias = 'before' | 'after';

export interface PositionMap {
  readonly rawLength: number;
  readonly correctedLength: number;
  toCorrected(raw: number, bias?: Bias): number;
  toRaw(corrected: number, bias?: Bias): number;
  /** The corrected range of a raw span: grows over edits inside it, excludes insertions at its edges. */
  rawSpanToCorrected(start: number, end: number): { start: number; end: number };
  /** The raw range of a corrected span, grown to whole edits where it starts or ends inside one. */
  correctedSpanToRaw(start: number, end: number): { start: number; end: number };
}

export function buildPositionMap(rawLength: number, edits: readonly Edit[]): PositionMap {
  const sorted = [...edits].sort(compareEdits);
  const n = sorted.length;
  const rawStart = new Array<number>(n);
  const rawEnd = new Array<number>(n);
  const corStart = new Array<number>(n);
  const corEnd = new Array<number>(n);
  let delta = 0;
  for (let k = 0; k < n; k++) {
    const e = sorted[k]!;
    rawStart[k] = e.start;
    rawEnd[k] = e.end;
    corStart[k] = e.start + delta;
    corEnd[k] = corStart[k]! + e.after.length;
    delta += e.after.length - (e.end - e.start);
  }
  const correctedLength = rawLength + delta;

  // Number of edits wholly at or before position p (on the given side), found by binary search:
  // those ending before p, or ending at p while starting before it.
  const countBefore = (ends: number[], starts: number[], p: number): number => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ends[mid]! < p || (ends[mid] === p && starts[mid]! < p)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const shiftBefore = (m: number): number => (m === 0 ? 0 : corEnd[m - 1]! - rawEnd[m - 1]!);

  const toCorrected = (p: number, bias: Bias = 'before'): number => {
    checkRange(p, rawLength, 'raw');
    const m = countBefore(rawEnd, rawStart, p);
    if (m < n && rawStart[m]! <= p && (rawStart[m] === rawEnd[m] || p > rawStart[m]!)) {
      // p is an insertion point or strictly inside a replaced region.
      return bias === 'before' ? corStart[m]! : corEnd[m]!;
    }
    return p + shiftBefore(m);
  };

  const toRaw = (q: number, bias: Bias = 'before'): number => {
    checkRange(q, correctedLength, 'corrected');
    const m = countBefore(corEnd, corStart, q);
    if (m < n && corStart[m]! <= q && (corStart[m] === corEnd[m] || q > corStart[m]!)) {
      // q is where text was deleted, or strictly inside replacement text.
      if (bias === 'before') return rawStart[m]!;
      let k = m;
      // Adjacent deletions all collapse onto q: 'after' lands past the last of them.
      while (k + 1 < n && corStart[k + 1] === q && corEnd[k + 1] === q) k++;
      return rawEnd[k]!;
    }
    return q - shiftBefore(m);
  };

  const isInsertionAt = (p: number): boolean => {
    const m = countBefore(rawEnd, rawStart, p);
    return m < n && rawStart[m] === p && rawEnd[m] === p;
  };

  return {
    rawLength,
    correctedLength,
    toCorrected,
    toRaw,
    rawSpanToCorrected(start: number, end: number) {
      // Inside an edit, grow outward; at an insertion point, stay clear of the inserted text.
      const s = toCorrected(start, isInsertionAt(start) ? 'after' : 'before');
      const e = toCorrected(end, isInsertionAt(end) ? 'before' : 'after');
      return { start: s, end: Math.max(s, e) };
    },
    correctedSpanToRaw(start: number, end: number) {
      const s = toRaw(start, 'before');
      const e = toRaw(end, 'after');
      return { start: s, end: Math.max(s, e) };
    },
  };
}

function checkRange(p: number, max: number, what: string): void {
  if (!Number.isInteger(p) || p < 0 || p > max) throw new RangeError(`${what} position ${p} is outside 0..${max}`);
}
