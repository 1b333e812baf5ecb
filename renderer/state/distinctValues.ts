import { followList } from './listChanges.ts';
import { firstAfter } from '../../shared/collections/partitionPoint.ts';

/** The distinct values found in a list, sorted, with how many items hold each. */
export interface DistinctValues<V> {
  counts: ReadonlyMap<V, number>;
  /** Sorted; the same array as before when a change neither added nor removed a value. */
  values: readonly V[];
}

/**
 * The distinct values of a field over a list (the indicator names, the years, the regions), following the list by
 * its changes (listChanges.ts): a save counts the records it changed, and the sorted values change only when a value
 * appears or goes. `order` must be total (ties broken), so a value's place depends on it alone.
 */
export function distinctValues<T, V>(valuesOf: (item: T) => readonly V[], order: (a: V, b: V) => number): (list: readonly T[]) => DistinctValues<V> {
  return followList<T, DistinctValues<V>>((list) => {
    const counts = new Map<V, number>();
    for (const item of list) for (const v of valuesOf(item)) counts.set(v, (counts.get(v) ?? 0) + 1);
    return { counts, values: [...counts.keys()].sort(order) };
  }, (previous, { removed, added }) => {
    if (removed.length === 0 && added.length === 0) return previous;
    const counts = new Map(previous.counts);
    let values = previous.values;
    const edit = () => (values === previous.values ? (values = values.slice()) : values) as V[];
    // Added first: a record replaced by its next version never takes its value away for a moment.
    for (const item of added) {
      for (const v of valuesOf(item)) {
        const had = counts.get(v) ?? 0;
        counts.set(v, had + 1);
        if (had === 0) {
          const list = edit();
          list.splice(firstAfter(list, v, order), 0, v);
        }
      }
    }
    for (const item of removed) {
      for (const v of valuesOf(item)) {
        const left = (counts.get(v) ?? 0) - 1;
        if (left > 0) counts.set(v, left);
        else {
          counts.delete(v);
          const list = edit();
          list.splice(firstAfter(list, v, order) - 1, 1);
        }
      }
    }
    return { counts, values };
  });
}
