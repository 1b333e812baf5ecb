/**
 * What changed in a table of immutable values (a document's records, its dismissals) since the last look, found
 * by identity: a save replaces the values it changes and never edits one in place (see applyAuditChanges), so a
 * walk comparing references finds every change, whichever path made it (a save, an undo, a replay, a bench
 * filling the table directly). The walk touches each entry once by reference; the work that follows is the
 * changes'. Each id keeps the place it entered the table at, so consumers can order as `Object.values` does.
 */
export interface TableChange<T> {
  id: string;
  before: T | undefined;
  after: T | undefined;
  /** The entry's place in the table's order (see `order`), also for a removed one: where it was. */
  order: number;
}

export interface TableTracker<T> {
  /** The changes since the previous call (the first call reports every entry as added). */
  changes(table: Readonly<Record<string, T>>): TableChange<T>[];
  /**
   * The entry's place in the table's order: ids entering later get larger numbers, and an entry replaced under its
   * id keeps its place, as a JavaScript object keeps its keys' insertion order.
   */
  order(id: string): number;
}

export function tableTracker<T>(): TableTracker<T> {
  const seen = new Map<string, T>();
  const orders = new Map<string, number>();
  let nextOrder = 0;
  return {
    changes(table) {
      const changes: TableChange<T>[] = [];
      let kept = 0;
      for (const id in table) {
        if (!Object.hasOwn(table, id)) continue;
        const value = table[id]!;
        const before = seen.get(id);
        if (before === undefined) {
          orders.set(id, nextOrder);
          changes.push({ id, before: undefined, after: value, order: nextOrder++ });
          continue;
        }
        kept++;
        if (before !== value) changes.push({ id, before, after: value, order: orders.get(id)! });
      }
      if (kept < seen.size) {
        for (const [id, before] of seen) {
          if (Object.hasOwn(table, id)) continue;
          changes.push({ id, before, after: undefined, order: orders.get(id)! });
          orders.delete(id);
        }
      }
      for (const { id, after } of changes) {
        if (after === undefined) seen.delete(id);
        else seen.set(id, after);
      }
      return changes;
    },
    order: (id) => orders.get(id) ?? Number.MAX_SAFE_INTEGER,
  };
}
