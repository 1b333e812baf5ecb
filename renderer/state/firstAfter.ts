/**
 * Where `item` goes in a list kept sorted by `order`: the first position whose element sorts after it (so equal
 * elements keep their insertion order). Binary search: a save places its record in 20,000 without re-sorting.
 */
export function firstAfter<V>(list: readonly V[], item: V, order: (a: V, b: V) => number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (order(list[mid]!, item) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}
