import type { DiffRun } from './diffSources.ts';

/** A run of text present unchanged in both versions: old [oldStart, oldStart+length) = new [newStart, …). */
export interface EqualSegment {
  oldStart: number;
  newStart: number;
  length: number;
}

export function equalSegments(diffs: readonly DiffRun[]): EqualSegment[] {
  const out: EqualSegment[] = [];
  let o = 0;
  let n = 0;
  for (const [op, text] of diffs) {
    if (op === 0) {
      out.push({ oldStart: o, newStart: n, length: text.length });
      o += text.length;
      n += text.length;
    } else if (op === -1) o += text.length;
    else n += text.length;
  }
  return out;
}

/**
 * Where an old span stands in the new text, when it lies wholly inside unchanged text; null otherwise.
 * An empty span (an insertion point) maps when it touches unchanged text. O(log n).
 */
export function mapSpanExactly(segments: readonly EqualSegment[], start: number, end: number): { start: number; end: number } | null {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const seg = segments[mid]!;
    if (seg.oldStart + seg.length < start) lo = mid + 1;
    else if (seg.oldStart > start) hi = mid - 1;
    else if (end <= seg.oldStart + seg.length) {
      if (start === end || seg.length > 0) return { start: start - seg.oldStart + seg.newStart, end: end - seg.oldStart + seg.newStart };
      return null;
    } else lo = mid + 1; // starts at the very end of this segment: the next one may hold it
  }
  return null;
}
