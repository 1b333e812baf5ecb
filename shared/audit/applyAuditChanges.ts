import type { DocumentMeta } from '../document/documentMeta.ts';
import type { DocumentFile } from '../project/documentFile.ts';
import type { AuditChange, AuditEntry } from './auditEntry.ts';

/**
 * Applies audit changes to a document's data: each change's `after` (or `before`, to take an action back).
 * The audit log is the write-ahead log, so this one function both performs a save in memory and replays the
 * log onto a checkpoint when a document is opened: the two can never disagree.
 */
export function applyAuditChanges(data: DocumentFile, changes: readonly AuditChange[], side: 'before' | 'after'): void {
  for (const change of changes) {
    const value = change[side];
    if (change.entity === 'document') {
      if (value) data.document = value as DocumentMeta;
      continue;
    }
    const table = entityTable(data, change.entity);
    if (value === null || value === undefined) delete table[change.id];
    else table[change.id] = value;
  }
}

/** Replays log entries past the data's `lastSeq` onto it, in order. Returns how many were replayed. */
export function replayAuditEntries(data: DocumentFile, entries: readonly AuditEntry[]): number {
  let replayed = 0;
  for (const entry of entries) {
    if (entry.seq <= data.lastSeq) continue;
    applyAuditChanges(data, entry.changes, 'after');
    data.lastSeq = entry.seq;
    replayed++;
  }
  return replayed;
}

export function entityTable(data: DocumentFile, entity: Exclude<AuditChange['entity'], 'document'>): Record<string, unknown> {
  const tables = { record: data.records, correction: data.corrections, dismissal: data.dismissed, reanchor: data.reanchor };
  return tables[entity] as Record<string, unknown>;
}
