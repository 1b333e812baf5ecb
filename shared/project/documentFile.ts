import type { SuggestionPattern } from '../suggest/learnFromDecisions.ts';
import type { Correction } from '../corrections/correction.ts';
import type { DocumentMeta } from '../document/documentMeta.ts';
import type { IndicatorRecord } from '../records/indicatorRecord.ts';
import type { QueuedSpan } from '../reimport/planReimport.ts';

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
  /** Rejected suggestions and findings by id; a suggestion's pattern teaches the assistant (shared/suggest). */
  dismissed: Record<string, { by: string; at: string; pattern?: SuggestionPattern }>;
  /** Records that did not map exactly onto a replaced source, waiting for a person to re-anchor them. */
  reanchor: Record<string, ReanchorItem>;
  lastSeq: number;
}

export interface ReanchorItem {
  /** The record as it was on the previous source version (its offsets refer to that version). */
  record: IndicatorRecord;
  /** sha256 of the source version the record was made on. */
  fromSha256: string;
  /** Per evidence span: where it maps exactly (new text, UTF-16) or the candidates found for it. */
  spans: QueuedSpan[];
  queuedAt: string;
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
  /** Consistency findings a reviewer judged acceptable, by their stable id (absent: none). */
  dismissedChecks?: Record<string, { by: string; at: string }>;
  /** sha256 → docId of every source version imported, for the duplicate check (absent: rebuilt from the documents). */
  sourceIndex?: Record<string, string>;
}
