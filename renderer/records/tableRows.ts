import type { RecordView } from '../../shared/api/views.ts';
import { listChanges } from '../state/listChanges.ts';
import { filterRecords, recordMatches, recordOrder, sortRecords, type RecordFilter, type RecordSort } from './recordQuery.ts';
import { firstAfter } from '../../shared/collections/partitionPoint.ts';

/**
 * A table's filtered and sorted rows, following the records list: after a save, the records it removed leave the
 * rows and those it added are inserted where a full sort would put them (the order is total: recordOrder), so a
 * table of 20,000 records is not filtered and sorted again after every save. Another filter or sort, or a list
 * read again from the services, sorts afresh. One per table (kept in component state).
 */
export function tableRowsKeeper(): (records: readonly RecordView[], filter: RecordFilter, sort: RecordSort) => RecordView[] {
  let last: { records: readonly RecordView[]; filter: RecordFilter; sort: RecordSort; rows: RecordView[] } | null = null;
  return (records, filter, sort) => {
    if (last && last.records === records && last.filter === filter && last.sort === sort) return last.rows;
    const changes = last && last.filter === filter && last.sort === sort ? listChanges(last.records, records) : null;
    const rows = last && changes ? patchRows(last.rows, changes.removed, changes.added.filter(recordMatches(filter)), recordOrder(sort))
      : sortRecords(filterRecords(records, filter), sort);
    last = { records, filter, sort, rows };
    return rows;
  };
}

/** Sorted `rows` without `removed` and with `added`, each placed by binary search. */
export function patchRows(rows: readonly RecordView[], removed: readonly RecordView[], added: readonly RecordView[], order: (a: RecordView, b: RecordView) => number): RecordView[] {
  const next = rows.slice();
  for (const r of removed) {
    const at = indexOfRow(next, r, order);
    if (at !== -1) next.splice(at, 1);
  }
  for (const r of added) next.splice(firstAfter(next, r, order), 0, r);
  return next;
}

/** The position of `row` itself (the same object) in sorted rows, or -1 when it is not there (filtered out). */
function indexOfRow(rows: readonly RecordView[], row: RecordView, order: (a: RecordView, b: RecordView) => number): number {
  for (let at = firstAfter(rows, row, order) - 1; at >= 0 && order(rows[at]!, row) === 0; at--) if (rows[at] === row) return at;
  return -1;
}
