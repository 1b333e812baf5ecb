/**
 * What changed between two versions of a list whose unchanged items are the same objects (the query cache's
 * patches keep every record a save did not touch; see renderer/api/cachePatches.ts). Walking both lists and
 * comparing references is a few microseconds for 20,000 items, so what is derived from a list (its index by id,
 * a table's sorted rows, the highlights) can follow a save by the records it changed instead of being rebuilt.
 */
export interface ListChanges<T> {
  /** Items of the old list that are not in the new one. */
  removed: T[];
  /** Items of the new list that were not in the old one. */
  added: T[];
}

/** How far ahead the walk looks to find the lists in step again after a difference. */
const LOOKAHEAD = 8;

/**
 * The items removed and added between `before` and `after`, compared by reference, assuming both keep their common
 * items in the same order (a patched list does). Returns null when the lists differ too much to be worth patching
 * (more than `limit` changes, or a stretch the walk cannot bring back in step): a list read again from the
 * services is new objects throughout, and what is derived from it is rebuilt.
 *
 * Whatever the order, `before` minus `removed` plus `added` holds the items of `after`: every position of
 * either list is consumed once, as common, removed or added.
 */
export function listChanges<T>(before: readonly T[], after: readonly T[], limit = 256): ListChanges<T> | null {
  const removed: T[] = [];
  const added: T[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length && j < after.length) {
    if (before[i] === after[j]) {
      i++;
      j++;
      continue;
    }
    const step = inStepAgain(before, after, i, j);
    if (!step) return null;
    for (let k = 0; k < step.skipBefore; k++) removed.push(before[i + k]!);
    for (let k = 0; k < step.skipAfter; k++) added.push(after[j + k]!);
    i += step.skipBefore;
    j += step.skipAfter;
    if (removed.length + added.length > limit) return null;
  }
  if (before.length - i + after.length - j + removed.length + added.length > limit) return null;
  for (; i < before.length; i++) removed.push(before[i]!);
  for (; j < after.length; j++) added.push(after[j]!);
  return { removed, added };
}

/** The fewest items to skip in each list (fewest in total first) until they agree again, or both end. */
function inStepAgain<T>(before: readonly T[], after: readonly T[], i: number, j: number): { skipBefore: number; skipAfter: number } | null {
  for (let total = 1; total <= LOOKAHEAD; total++) {
    for (let skipBefore = 0; skipBefore <= total; skipBefore++) {
      const a = i + skipBefore;
      const b = j + total - skipBefore;
      if (a > before.length || b > after.length) continue;
      const bothEnd = a === before.length && b === after.length;
      if (bothEnd || (a < before.length && b < after.length && before[a] === after[b])) return { skipBefore, skipAfter: total - skipBefore };
    }
  }
  return null;
}

/**
 * A derivation of a list that follows its changes: `full` computes it from a whole list, `patch` from the
 * previous result and what changed. The last list and result are remembered (one per component, like
 * highlightPlacer), so a save costs the records it changed. Results are never mutated: each change makes a new one.
 */
export function followList<T, R>(full: (list: readonly T[]) => R, patch: (previous: R, changes: ListChanges<T>) => R): (list: readonly T[]) => R {
  let last: { list: readonly T[]; result: R } | null = null;
  return (list) => {
    if (last?.list === list) return last.result;
    const changes = last ? listChanges(last.list, list) : null;
    const result = last && changes ? patch(last.result, changes) : full(list);
    last = { list, result };
    return result;
  };
}
