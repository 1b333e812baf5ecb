import type { Correction } from '../corrections/correction.ts';
import type { DocumentMeta } from '../document/documentMeta.ts';
import type { IndicatorRecord } from '../records/indicatorRecord.ts';

/**
 * The on-disk shape of one document's data: a file per document, so a save touches one document.
 * Entities are keyed by id (not array position) and written with sorted keys, so the file diffs well.
 * Offsets inside are UTF-16 code units into the raw text (declared by `offsetUnit`); every offset that
 * leaves the app is converted to code points.
 *
 * The audit log lives beside it in `<docId>.audit.jsonl`, append-only. `lastSeq` is the sequence number of
 * the last audit entry this state includes: entries after it (appended by a save that was killed before the
 * state file was replaced) were never applied and are dropped on open, so the two files always agree.
 */
export const DOCUMENT_SCHEMA = 1;

export interface DocumentFile {
  schema: typeof DOCUMENT_SCHEMA;
  offsetUnit: 'utf16';
  document: DocumentMeta;
  records: Record<string, IndicatorRecord>;
  corrections: Record<string, Correction>;
  /** Ids of suggestions or findings the reviewer rejected, so they stay rejected. */
  dismissed: Record<string, { by: string; at: string }>;
  lastSeq: number;
}

export const PROJECT_SCHEMA = 1;

export interface ProjectSettings {
  /** When true, nobody may verify a record they created. */
  requireSecondReviewer: boolean;
}

export interface ProjectFile {
  schema: typeof PROJECT_SCHEMA;
  name: string;
  createdAt: string;
  settings: ProjectSettings;
}
