import type { Offset, OffsetUnit } from '../text/offsets.ts';
import { compareEdits, type Edit } from './correction.ts';

/**
 * Exact raw ↔ corrected position mapping for a set of non-overlapping edits, O(log n) per position
 * (binary search over prefix sums). One map counts in one unit: the service's in UTF-16 (built from the
 * corrections), the API's in code points (served by the service as a PositionMapView, never rebuilt by a client).
 *
 * Bias decides positions that have two sensible answers: inside a replaced region, or at a point where text
 * was inserted. 'before' picks the left edge (start of the region / before the inserted text), 'after' the
 * right edge.
 */
export type Bias = 'before' | 'after';

type Raw<U extends OffsetUnit> = Offset<'raw', U>;
type Corrected<U extends OffsetUnit> = Offset<'corrected', U>;

/** Where one edit sits in both texts: raw [start, end) became corrected [correctedStart, correctedEnd). */
export interface MappedEdit<U extends OffsetUnit> {
  start: Raw<U>;
  end: Raw<U>;
  correctedStart: Corrected<U>;
  correctedEnd: Corrected<U>;
}

/** A position map as data (the API's `docs.text` carries one in code points). */
export interface PositionMapData<U extends OffsetUnit> {
  rawLength: Raw<U>;
  correctedLength: Corrected<U>;
  /** Sorted as compareEdits sorts them. */
  edits: MappedEdit<U>[];
}

export interface PositionMap<U extends OffsetUnit> {
  readonly rawLength: Raw<U>;
  readonly correctedLength: Corrected<U>;
  /** The edits in both coordinates, sorted. */
  readonly edits: readonly MappedEdit<U>[];
  toCorrected(raw: Raw<U>, bias?: Bias): Corrected<U>;
  toRaw(corrected: Corrected<U>, bias?: Bias): Raw<U>;
  /** The corrected range of a raw span: grows over edits inside it, excludes insertions at its edges. */
  rawSpanToCorrected(start: Raw<U>, end: Raw<U>): { start: Corrected<U>; end: Corrected<U> };
  /** The raw range of a corrected span, grown to whole edits where it starts or ends inside one. */
  correctedSpanToRaw(start: Corrected<U>, end: Corrected<U>): { start: Raw<U>; end: Raw<U> };
}

/** The map of the corrections themselves, in UTF-16 units of the raw and corrected strings. */
export function buildPositionMap(rawLength: number, edits: readonly Edit[]): PositionMap<'utf16'> {
  const sorted = [...edits].sort(compareEdits);
  const mapped: MappedEdit<'utf16'>[] = [];
  let delta = 0;
  for (const e of sorted) {
    const correctedStart = e.start + delta;
    mapped.push({
      start: e.start, end: e.end,
      correctedStart: correctedStart as Corrected<'utf16'>, correctedEnd: (correctedStart + e.after.length) as Corrected<'utf16'>,
    });
    delta += e.after.length - (e.end - e.start);
  }
  return mapFromEdits<'utf16'>(rawLength, rawLength + delta, mapped);
}

/**
 * A map received as data (the API's, in code points), checked before use: edits sorted, inside both texts,
 * and their shifts adding up, so a damaged or mismatched map is refused rather than misplacing a span.
 */
export function positionMapFromData<U extends OffsetUnit>(data: PositionMapData<U>): PositionMap<U> {
  let delta = 0;
  let previousEnd = 0;
  for (const e of data.edits) {
    const ok = e.start >= previousEnd && e.end >= e.start && e.end <= data.rawLength
      && e.correctedStart === e.start + delta && e.correctedEnd >= e.correctedStart;
    if (!ok) throw new RangeError(`position map edit ${e.start}..${e.end} → ${e.correctedStart}..${e.correctedEnd} does not fit the edits before it`);
    delta += e.correctedEnd - e.correctedStart - (e.end - e.start);
    previousEnd = e.end;
  }
  if (data.correctedLength !== data.rawLength + delta) {
    throw new RangeError(`position map lengths ${data.rawLength} → ${data.correctedLength} do not add up with its edits`);
  }
  return mapFromEdits<U>(data.rawLength, data.correctedLength, data.edits);
}

function mapFromEdits<U extends OffsetUnit>(rawLengthN: number, correctedLengthN: number, edits: readonly MappedEdit<U>[]): PositionMap<U> {
  const n = edits.length;
  const rawStart = edits.map((e) => e.start as number);
  const rawEnd = edits.map((e) => e.end as number);
  const corStart = edits.map((e) => e.correctedStart as number);
  const corEnd = edits.map((e) => e.correctedEnd as number);
  const rawLength = rawLengthN as Raw<U>;
  const correctedLength = correctedLengthN as Corrected<U>;

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

  const toCorrected = (p: Raw<U>, bias: Bias = 'before'): Corrected<U> => {
    checkRange(p, rawLength, 'raw');
    const m = countBefore(rawEnd, rawStart, p);
    if (m < n && rawStart[m]! <= p && (rawStart[m] === rawEnd[m] || p > rawStart[m]!)) {
      // p is an insertion point or strictly inside a replaced region.
      return (bias === 'before' ? corStart[m]! : corEnd[m]!) as Corrected<U>;
    }
    return (p + shiftBefore(m)) as Corrected<U>;
  };

  const toRaw = (q: Corrected<U>, bias: Bias = 'before'): Raw<U> => {
    checkRange(q, correctedLength, 'corrected');
    const m = countBefore(corEnd, corStart, q);
    if (m < n && corStart[m]! <= q && (corStart[m] === corEnd[m] || q > corStart[m]!)) {
      // q is where text was deleted, or strictly inside replacement text.
      if (bias === 'before') return rawStart[m]! as Raw<U>;
      let k = m;
      // Adjacent deletions all collapse onto q: 'after' lands past the last of them.
      while (k + 1 < n && corStart[k + 1] === q && corEnd[k + 1] === q) k++;
      return rawEnd[k]! as Raw<U>;
    }
    return (q - shiftBefore(m)) as Raw<U>;
  };

  const isInsertionAt = (p: number): boolean => {
    const m = countBefore(rawEnd, rawStart, p);
    return m < n && rawStart[m] === p && rawEnd[m] === p;
  };

  return {
    rawLength,
    correctedLength,
    edits,
    toCorrected,
    toRaw,
    rawSpanToCorrected(start, end) {
      // Inside an edit, grow outward; at an insertion point, stay clear of the inserted text.
      const s = toCorrected(start, isInsertionAt(start) ? 'after' : 'before');
      const e = toCorrected(end, isInsertionAt(end) ? 'before' : 'after');
      return { start: s, end: e < s ? s : e };
    },
    correctedSpanToRaw(start, end) {
      const s = toRaw(start, 'before');
      const e = toRaw(end, 'after');
      return { start: s, end: e < s ? s : e };
    },
  };
}

function checkRange(p: number, max: number, what: string): void {
  if (!Number.isInteger(p) || p < 0 || p > max) throw new RangeError(`${what} position ${p} is outside 0..${max}`);
}
