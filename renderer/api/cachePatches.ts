import type { DocumentSummary, HistoryView, RecordView } from '../../shared/api/views.ts';
import type { RecordActionSummary } from '../../shared/records/recordSummary.ts';
import { firstAfter } from '../../shared/collections/partitionPoint.ts';

/**
 * Pure edits of cached answers by what a change returned, so the window shows the change without asking the
 * services again. Each takes the cached value (undefined when nothing is cached: then nothing is patched).
 */

/** The services' order of a records list (recordServices.ts): document, first span, id. */
function servicesOrder(a: RecordView, b: RecordView): number {
  return (a.docId === b.docId ? 0 : a.docId.localeCompare(b.docId)) || (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0) || a.id.localeCompare(b.id);
}

/**
 * The position of the record `recordId` in a list in the services' order, looked up by binary search where each
 * of `near` (the record as saved, or as the window knew it) would sit; a record not there (its evidence moved)
 * is then looked for along the list, unless `walk` is false (a record just added cannot be elsewhere).
 */
export function indexOfRecord(list: readonly RecordView[], recordId: string, near: readonly RecordView[], walk = true): number {
  for (const record of near) {
    const at = firstAfter(list, record, servicesOrder) - 1;
    if (at >= 0 && list[at]!.id === recordId) return at;
  }
  return walk ? list.findIndex((r) => r.id === recordId) : -1;
}

/**
 * A records list with `record` in it, where the services would list it: its earlier version (found by binary
 * search, see indexOfRecord) leaves, and it enters by binary search. Every other record stays the same object, so
 * what the window derives from the list follows by the records that changed (renderer/state/listChanges.ts).
 * `previous` is the record as the window knew it; `added` says it is new (no earlier version to look for).
 */
export function upsertRecord(list: RecordView[] | undefined, record: RecordView, options: { previous?: RecordView; added?: boolean } = {}): RecordView[] | undefined {
  if (!list) return list;
  const at = indexOfRecord(list, record.id, options.previous ? [record, options.previous] : [record], !options.added);
  const next = list.slice();
  if (at !== -1) next.splice(at, 1);
  next.splice(firstAfter(next, record, servicesOrder), 0, record);
  return next;
}

export function removeRecord(list: RecordView[] | undefined, record: RecordView): RecordView[] | undefined {
  if (!list) return list;
  const at = indexOfRecord(list, record.id, [record]);
  if (at === -1) return list;
  const next = list.slice();
  next.splice(at, 1);
  return next;
}

/** A document's status counts after records moved from one status to another (or appeared, or went). */
export function withCounts(summary: DocumentSummary | undefined, moves: readonly { from?: RecordView['status']; to?: RecordView['status'] }[]): DocumentSummary | undefined {
  if (!summary || moves.length === 0) return summary;
  const counts = { ...summary.counts };
  for (const { from, to } of moves) {
    if (from) counts[from] = Math.max(0, (counts[from] ?? 0) - 1);
    if (to) counts[to] = (counts[to] ?? 0) + 1;
  }
  return { ...summary, counts };
}

export function replaceSummary(list: DocumentSummary[] | undefined, docId: string, edit: (d: DocumentSummary) => DocumentSummary | undefined): DocumentSummary[] | undefined {
  return list?.map((d) => (d.docId === docId ? edit(d) ?? d : d));
}

/**
 * The history after one more action by the reviewer: the audit log gains its entry, the action becomes the
 * next undo and the redo stack is cleared (shared/audit/undoStack.ts, which the services derive it with).
 */
export function withAction(history: HistoryView | undefined, by: string, at: string, action: RecordActionSummary): HistoryView | undefined {
  if (!history) return history;
  const seq = (history.entries.at(-1)?.seq ?? 0) + 1;
  return {
    entries: [...history.entries, { seq, at, by, action: action.action, summary: action.summary }],
    canUndo: true,
    canRedo: false,
    undoSummary: action.summary,
    redoSummary: null,
  };
}
