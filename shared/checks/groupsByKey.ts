/**
 * Items grouped by a key, groups in order of their first item, items in input order: the shape of every check
 * that compares records, which only ever compares records that agree on what they state. Linear in the items.
 */
export function groupsByKey<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}
