/**
 * In a list sorted so that `isBefore` holds for a prefix and fails for the rest, the length of that prefix, by
 * binary search: where an item goes after its equals (`order(list[i], item) <= 0`), the last span starting before
 * an offset (`spans[i].start < end`, minus one). One search for every sorted list a change is placed into.
 */
export function partitionPoint(length: number, isBefore: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (isBefore(mid)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Where `item` goes in a list kept sorted by `order`: after every element equal to it (insertion order kept). */
export function firstAfter<V>(list: readonly V[], item: V, order: (a: V, b: V) => number): number {
  return partitionPoint(list.length, (i) => order(list[i]!, item) <= 0);
}
