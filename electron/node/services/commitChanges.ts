import type { AuditChange, AuditEntry } from '../../../shared/audit/auditEntry.ts';
import type { Correction } from '../../../shared/corrections/correction.ts';
import type { CorrectedView } from '../../../shared/corrections/correctionSet.ts';
import { buildCorrectedView } from '../../../shared/corrections/correctionSet.ts';
import type { IndicatorRecord } from '../../../shared/records/indicatorRecord.ts';
import { reviewAfterCorrections } from '../../../shared/records/reviewAfterCorrections.ts';
import { refreshCorrectedView, type LoadedDocument } from '../project/loadedDocument.ts';
import { WorkbenchError } from '../../../shared/errors/workbenchError.ts';
import { appendToLog } from '../store/appendOnlyLog.ts';
import { applyAuditChanges } from '../../../shared/audit/applyAuditChanges.ts';

export { entityTable } from '../../../shared/audit/applyAuditChanges.ts';

export interface CommitRequest {
  by: string;
  at: string;
  action: string;
  summary: string;
  changes: AuditChange[];
  target?: number;
  /** The corrected view the corrections will make, when the caller built it already (recordReviewChanges). */
  view?: CorrectedView;
}

/**
 * The one way a document changes: append one audit entry (who, when, before and after) to the log and fsync
 * it; that is the commit. Then the changes are applied in memory and the state file, a checkpoint of the log,
 * is rewritten later in the background (see documentCheckpoint), so a save costs its entry, not the document.
 * If the append fails, nothing changed: memory is untouched and the log is cut back to its last whole entry.
 */
export async function commitChanges(doc: LoadedDocument, req: CommitRequest): Promise<AuditEntry> {
  if (doc.readOnly) throw new WorkbenchError('CORRUPT_FILE', doc.readOnly, { path: doc.auditPath });
  const data = doc.db.data;
  const entry: AuditEntry = {
    seq: data.lastSeq + 1,
    at: req.at, by: req.by, action: req.action, summary: req.summary, changes: req.changes,
    ...(req.target !== undefined ? { target: req.target } : {}),
  };
  const [lineBytes] = await appendToLog(doc.auditPath, [entry], doc.auditLineBytes.reduce((a, b) => a + b, 0));
  // Tables, lastSeq and corrected view change together, with no await between them: a request read meanwhile
  // sees the state before the action or after it, never a correction without its text.
  applyAuditChanges(data, req.changes, 'after');
  data.lastSeq = entry.seq;
  doc.audit.push(entry);
  doc.auditLineBytes.push(lineBytes!);
  if (req.changes.some((c) => c.entity === 'correction')) refreshCorrectedView(doc, req.view);
  doc.checkpoint.afterCommit(lineBytes!);
  return entry;
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
