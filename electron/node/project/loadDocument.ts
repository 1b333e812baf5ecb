import { auditEntryProblem } from '../../../shared/audit/checkAuditEntry.ts';
import { replayAuditEntries } from '../../../shared/audit/applyAuditChanges.ts';
import type { AuditEntry } from '../../../shared/audit/auditEntry.ts';
import type { ReadOnlyCause } from '../../../shared/api/views.ts';
import { refusal } from '../../../shared/errors/workbenchError.ts';
import { errorReason } from '../../../shared/errors/errorReasons.ts';
import type { DocumentFile } from '../../../shared/project/documentFile.ts';
import { validateDocumentFile } from '../../../shared/project/validateDocumentFile.ts';
import type { SourceEncoding } from '../../../shared/text/decodeSource.ts';
import { readLog } from '../store/appendOnlyLog.ts';
import { openJsonFile } from '../store/atomicJsonFile.ts';
import { documentCheckpoint, type CheckpointOptions } from './documentCheckpoint.ts';
import { loadedDocument, type LoadedDocument } from './loadedDocument.ts';
import type { ProjectLayout } from './projectLayout.ts';
import type { SourceDecoder } from './sourceDecoder.ts';

/**
 * Opens one document: its checkpoint (the state file), then its audit log, whose entries past the
 * checkpoint's `lastSeq` are replayed (saves committed after the last checkpoint), then the source text the
 * resulting state names (hashed and decoded by `decode`: in a worker thread when it is big). A damaged log opens the document read-only, replayed up to the damage.
 */
export async function loadDocument(
  layout: ProjectLayout, docId: string, checkpointOptions: CheckpointOptions, decode: SourceDecoder, likelySha256?: string,
): Promise<LoadedDocument> {
  // The source the document most likely names (the project's source index says so when it has one version),
  // read and decoded while the checkpoint is parsed; used only if the state turns out to name the same bytes
  // and encoding, else decoded again as the state says.
  const early = likelySha256 === undefined ? undefined
    : decode({ path: layout.sourcePath(likelySha256), sha256: likelySha256, encoding: 'sniff' }).catch(() => undefined);
  const path = layout.documentPath(docId);
  const db = await openJsonFile<DocumentFile>(path, null as unknown as DocumentFile, (d) => validateDocumentFile(d, path));
  if (db.data === null) throw refusal('NOT_FOUND', errorReason('document.notFound', { docId }));
  const checkpointSeq = db.data.lastSeq;
  const auditPath = layout.auditPath(docId);
  const log = await readLog<AuditEntry>(auditPath, auditEntryProblem);
  const loggedSeq = log.entries.at(-1)?.seq ?? 0;
  const readOnly = log.damage ? damagedLogMessage(auditPath, log.damage)
    : loggedSeq < checkpointSeq ? `${auditPath} ends at entry ${loggedSeq} but ${path} includes entries up to ${checkpointSeq}; `
      + 'the document is open read-only and nothing was rewritten. Restore the missing lines of the log to edit it again'
      : undefined;
  const readOnlyCause: ReadOnlyCause | undefined = log.damage ? { kind: 'damagedLine', file: auditPath, line: log.damage.line }
    : loggedSeq < checkpointSeq ? { kind: 'logBehindCheckpoint', file: auditPath, loggedSeq, checkpointSeq } : undefined;
  const replayed = replayAuditEntries(db.data, log.entries);
  const source = db.data.document.source;
  const guessed = source.sha256 === likelySha256 ? await early : undefined;
  const raw = guessed?.ok && guessed.encoding === source.encoding ? guessed.text
    : await readSourceText(layout, source.sha256, source.encoding, docId, decode);
  const checkpoint = documentCheckpoint(() => db.write(), () => db.data.lastSeq, checkpointSeq, checkpointOptions);
  if (readOnly) checkpoint.dispose();
  else if (replayed > 0) checkpoint.afterCommit(0);
  return loadedDocument({ docId, db, raw, auditPath, audit: log.entries, auditLineBytes: log.lineBytes, readOnly, ...(readOnlyCause ? { readOnlyCause } : {}), checkpoint });
}

function damagedLogMessage(path: string, damage: { line: number; reason: string }): string {
  return `${path} line ${damage.line} is damaged (${damage.reason}); the document is open read-only and nothing was rewritten. `
    + 'Repair or remove that line (keep a copy of the file) to edit the document again';
}

async function readSourceText(layout: ProjectLayout, sha256: string, encoding: SourceEncoding, docId: string, decode: SourceDecoder): Promise<string> {
  const path = layout.sourcePath(sha256);
  const decoded = await decode({ path, sha256, encoding });
  if (decoded.ok) return decoded.text;
  const { problem } = decoded;
  if (problem.kind === 'missing') throw refusal('CORRUPT_FILE', errorReason('document.sourceMissing', { docId, path }));
  if (problem.kind === 'modified') {
    throw refusal('CORRUPT_FILE', errorReason('document.sourceModified', { docId, path, actual: problem.actualSha256, expected: sha256 }));
  }
  throw refusal('CORRUPT_FILE', errorReason('document.sourceUndecodable', { docId, encoding, why: problem.reason }));
}
