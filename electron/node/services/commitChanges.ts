import type { AuditChange, AuditEntry } from '../../../shared/audit/auditEntry.ts';
import type { Correction } from '../../../shared/corrections/correction.ts';
import type { CorrectedView } from '../../../shared/corrections/correctionSet.ts';
import { buildCorrectedView } from '../../../shared/corrections/correctionSet.ts';
import type { DocumentMeta } from '../../../shared/document/documentMeta.ts';
import type { IndicatorRecord } from '../../../shared/records/indicatorRecord.ts';
import { reviewAfterCorrections } from '../../../shared/records/reviewAfterCorrections.ts';
import { refreshCorrectedView, type LoadedDocument } from '../project/loadedDocument.ts';
import { WorkbenchError } from '../../../shared/errors/workbenchError.ts';
import { appendToLog, truncateLog } from '../store/appendOnlyLog.ts';

export interface CommitRequest {
  by: string;
  at: string;
  action: string;
  summary: string;
  changes: AuditChange[];
  target?: number;
}

/**
 * The one way a document changes: append one audit entry (who, when, before and after) to the log, then
 * apply the changes and replace the state file atomically, its `lastSeq` naming that entry. Killed between
 * the two, the entry is past `lastSeq` and is rolled back on open. If the save fails, memory and the log are
 * put back as they were, so memory and disk never disagree.
 */
export async function commitChanges(doc: LoadedDocument, req: CommitRequest): Promise<AuditEntry> {
  if (doc.readOnly) throw new WorkbenchError('CORRUPT_FILE', doc.readOnly, { path: doc.auditPath });
  const data = doc.db.data;
  const previousSeq = data.lastSeq;
  const entry: AuditEntry = {
    seq: previousSeq + 1,
    at: req.at, by: req.by, action: req.action, summary: req.summary, changes: req.changes,
    ...(req.target !== undefined ? { target: req.target } : {}),
  };
  const [lineBytes] = await appendToLog(doc.auditPath, [entry], doc.auditLineBytes.reduce((a, b) => a + b, 0));
  // Tables and corrected view change together, with no await between them: a request read meanwhile sees
  // either the state before the action or the state after it, never a correction without its text.
  const correctionsChanged = req.changes.some((c) => c.entity === 'correction');
  applyChanges(doc, req.changes, 'after');
  data.lastSeq = entry.seq;
  if (correctionsChanged) refreshCorrectedView(doc);
  try {
    await doc.db.write();
    doc.audit.push(entry);
    doc.auditLineBytes.push(lineBytes!);
  } catch (e) {
    data.lastSeq = previousSeq;
    applyChanges(doc, [...req.changes].reverse(), 'before');
    if (correctionsChanged) refreshCorrectedView(doc);
    await truncateLog(doc.auditPath, doc.auditLineBytes.reduce((a, b) => a + b, 0)).catch(() => undefined);
    throw e;
  }
  return entry;
}

function applyChanges(doc: LoadedDocument, changes: readonly AuditChange[], side: 'before' | 'after'): void {
  const data = doc.db.data;
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

export function entityTable(data: LoadedDocument['db']['data'], entity: Exclude<AuditChange['entity'], 'document'>): Record<string, unknown> {
  const tables = { record: data.records, correction: data.corrections, dismissal: data.dismissed, reanchor: data.reanchor };
  return tables[entity] as Record<string, unknown>;
}

/**
 * The record changes that follow from new corrections: each record's status re-derived against the
 * corrected view the corrections will produce. Returned as audit changes for the same commit.
 */
export function recordReviewChanges(doc: LoadedDocument, corrections: Record<string, Correction>): { view: CorrectedView; changes: AuditChange[] } {
  const view = buildCorrectedView(doc.raw, Object.values(corrections));
  const changes: AuditChange[] = [];
  for (const record of Object.values(doc.db.data.records) as IndicatorRecord[]) {
    const next = reviewAfterCorrections(record, view);
    if (next !== record) changes.push({ entity: 'record', id: record.id, before: record, after: next });
  }
  return { view, changes };
}
