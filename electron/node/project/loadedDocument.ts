import type { Low } from 'lowdb';
import { buildCodePointIndex, indexOfIdenticalText, type CodePointIndex } from '../../../shared/text/codePoints.ts';
import { buildCorrectedView, type CorrectedView } from '../../../shared/corrections/correctionSet.ts';
import type { AuditEntry } from '../../../shared/audit/auditEntry.ts';
import type { DocumentFile } from '../../../shared/project/documentFile.ts';
import type { ReadOnlyCause } from '../../../shared/api/views.ts';
import type { Checkpoint } from './documentCheckpoint.ts';

/**
 * A document in memory: its state (the checkpoint file with the audit log replayed onto it), its audit log,
 * its raw text, and the derived corrected view (rebuilt when corrections change).
 */
export interface LoadedDocument {
  readonly docId: string;
  /** The state; `db.write()` writes it as the checkpoint, through `checkpoint` only. */
  readonly db: Low<DocumentFile>;
  readonly auditPath: string;
  /** The audit log, oldest first, and the byte length of each entry's line in the log file. */
  readonly audit: AuditEntry[];
  readonly auditLineBytes: number[];
  /** Why the document cannot be changed (a damaged audit log, named by file and line); undefined when it can. */
  readonly readOnly: string | undefined;
  /** The same, as data (for the window's message in the reviewer's language). */
  readonly readOnlyCause?: ReadOnlyCause;
  readonly checkpoint: Checkpoint;
  readonly raw: string;
  readonly rawIndex: CodePointIndex<'raw'>;
  view: CorrectedView;
  correctedIndex: CodePointIndex<'corrected'>;
}

export type LoadedDocumentParts = Pick<LoadedDocument, 'docId' | 'db' | 'raw' | 'auditPath' | 'audit' | 'auditLineBytes' | 'readOnly' | 'readOnlyCause' | 'checkpoint'>;

export function loadedDocument(parts: LoadedDocumentParts): LoadedDocument {
  const rawIndex = buildCodePointIndex(parts.raw, 'raw');
  const doc: LoadedDocument = { ...parts, rawIndex, ...correctedParts(parts.raw, rawIndex, parts.db.data.corrections) };
  return doc;
}

/** The corrected view made again from the document's corrections (or given: built from the same corrections). */
export function refreshCorrectedView(doc: LoadedDocument, view?: CorrectedView): void {
  Object.assign(doc, correctedParts(doc.raw, doc.rawIndex, doc.db.data.corrections, view));
}

function correctedParts(
  raw: string, rawIndex: CodePointIndex<'raw'>, corrections: DocumentFile['corrections'], built?: CorrectedView,
): Pick<LoadedDocument, 'view' | 'correctedIndex'> {
  const view = built ?? buildCorrectedView(raw, Object.values(corrections));
  // With no active correction the corrected text is the raw text, and so is its index.
  const correctedIndex = view.active.length === 0 ? indexOfIdenticalText(rawIndex, 'corrected') : buildCodePointIndex(view.text, 'corrected');
  return { view, correctedIndex };
}
