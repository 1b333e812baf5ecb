import type { DocumentSummary, HistoryView, RecordView } from '../../shared/api/views.ts';
import type { RecordActionSummary } from '../../shared/records/recordSummary.ts';

/**
 * Pure edits of cached answers by what a change returned, so the window shows the change without asking the
 * services again. Each takes the cached value (undefined when nothing is cached: then nothing is patched).
 */

/**
 * A records list with `record` in it: replaced in place, or added in the services' order (document, first span,
 * id). The list is grouped by document, so documents are compared once per group, not once per record (this runs
 * over 20,000 records after every save).
 */
export function upsertRecord(list: RecordView[] | undefined, record: RecordView): RecordView[] | undefined {
  if (!list) return list;
  const at = list.findIndex((r) => r.id === record.id);
  if (at !== -1) return list.map((r, i) => (i === at ? record : r));
  const start = record.evidence[0]?.start ?? 0;
  let groupDoc: string | null = null;
  let groupOrder = 0;
  const before = list.findIndex((r) => {
    if (r.docId !== groupDoc) {
      groupDoc = r.docId;
      groupOrder = r.docId === record.docId ? 0 : r.docId.localeCompare(record.docId);
    }
    if (groupOrder !== 0) return groupOrder > 0;
    const rStart = r.evidence[0]?.start ?? 0;
    return rStart > start || (rStart === start && r.id.localeCompare(record.id) > 0);
  });
  if (before === -1) return [...list, record];
  const next = list.slice(0, before);
  next.push(record);
  for (let i = before; i < list.length; i++) next.push(list[i]!);
  return next;
}

export function removeRecord(list: RecordView[] | undefined, recordId: string): RecordView[] | undefined {
  return list?.filter((r) => r.id !== recordId);
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
