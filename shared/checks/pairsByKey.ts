/**
 * Every pair of items that share a key, in input order: the shape of the pairwise checks (conflicts,
 * duplicate statements), which only ever compare records that agree on what they state.
 */
export function* pairsByKey<T>(items: readonly T[], key: (item: T) => string): Generator<[T, T]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  for (const group of groups.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) yield [group[i]!, group[j]!];
    }
  }
}
