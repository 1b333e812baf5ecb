import { describe, expect, it } from 'vitest';
import { firstAfter, partitionPoint } from '../../../shared/collections/partitionPoint.ts';

describe('partitionPoint and firstAfter', () => {
  const byNumber = (a: number, b: number) => a - b;
  it('finds the position after every equal element, at both ends too', () => {
    expect(firstAfter([], 5, byNumber)).toBe(0);
    expect(firstAfter([1, 3, 3, 7], 3, byNumber)).toBe(3);
    expect(firstAfter([1, 3, 3, 7], 0, byNumber)).toBe(0);
    expect(firstAfter([1, 3, 3, 7], 9, byNumber)).toBe(4);
  });

  it('keeps a list sorted when each item is inserted where it says', () => {
    const list: number[] = [];
    for (const n of [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]) list.splice(firstAfter(list, n, byNumber), 0, n);
    expect(list).toEqual([1, 1, 2, 3, 4, 5, 5, 5, 6, 9]);
  });

  it('finds the end of the prefix a predicate holds for', () => {
    const starts = [2, 5, 5, 9];
    expect(partitionPoint(starts.length, (i) => starts[i]! < 5)).toBe(1);
    expect(partitionPoint(starts.length, (i) => starts[i]! <= 5)).toBe(3);
    expect(partitionPoint(0, () => true)).toBe(0);
  });
});
