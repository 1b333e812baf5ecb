import type { Quantity } from '../numbers/index.ts';

/** Quantities starting in [start, end), by binary search over the sorted list. */
export function quantitiesIn(amounts: readonly Quantity[], start: number, end: number): Quantity[] {
  let lo = 0;
  let hi = amounts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (amounts[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const found: Quantity[] = [];
  for (let i = lo; i < amounts.length && amounts[i]!.start < end; i++) {
    if (amounts[i]!.end <= end) found.push(amounts[i]!);
  }
  return found;
}
