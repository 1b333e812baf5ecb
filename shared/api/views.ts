import type { Reason } from '../explain/reason.ts';
import type { ExportFormat } from '../export/exportFormat.ts';
import type { AuditEntry } from '../audit/auditEntry.ts';
import type { Correction, CorrectionKind } from '../corrections/correction.ts';
import type { DetailGuesses } from '../document/detailGuess.ts';
import type { SourceVersion } from '../document/documentMeta.ts';
import type { ProjectSettings } from '../project/documentFile.ts';
import type { IndicatorRecord, RecordStatus } from '../records/indicatorRecord.ts';
import type { SuggestedField } from '../suggest/suggestion.ts';
import type { SourceEncoding } from '../text/decodeSource.ts';
import type { PositionMapData } from '../corrections/positionMap.ts';
import type { CorrectedCodePoint, RawCodePoint } from '../text/offsets.ts';

/**
 * What the API returns. All offsets are Unicode code points (RawCodePoint, CorrectedCodePoint); `corrected*` ones
 * index the corrected text.
 */

export interface ProjectInfo {
  dir: string;
  name: string;
  schema: number;
  settings: ProjectSettings;
  documentCount: number;
  offsetUnit: 'codepoint';
}

export type StatusCounts = Record<RecordStatus, number>;

export interface DocumentSummary {
  docId: string;
  fileName: string;
  title: string;
  region: string;
  yearsReviewed: number[];
  yearsPlanned: number[];
  sha256: string;
  encoding: SourceEncoding;
  /** Raw text length in code points. */
  length: number;
  counts: StatusCounts;
  activeCorrections: number;
  /** Records waiting to be re-anchored after the source was replaced. */
  reanchorQueue: number;
  versions: SourceVersion[];
  /** How each detail was guessed at import, with its evidence line (code points) and sureness. */
  detailGuesses?: DetailGuesses;
  detailsConfirmed?: { by: string; at: string };
  /** Set when the document could not be opened (a corrupt or newer-version file); the rest is placeholder. */
  error?: string;
  /** The same, as data for the reviewer's language (when the error has a reason code). */
  errorReason?: Reason;
  /** Set when the document opened read-only (its audit log is damaged): why, naming the file and line. */
  readOnly?: string;
  /** The same reason as data, so the window can say it in the reviewer's language. */
  readOnlyCause?: ReadOnlyCause;
}

/**
 * Why a document opened read-only: a damaged line in its audit log (never the torn final line, which is dropped),
 * or a log that ends before the checkpoint it should extend. `file` is the log's path.
 */
export type ReadOnlyCause =
  | { kind: 'damagedLine'; file: string; line: number }
  | { kind: 'logBehindCheckpoint'; file: string; loggedSeq: number; checkpointSeq: number };

export interface DocumentText {
  docId: string;
  view: 'raw' | 'corrected';
  text: string;
  /** In code points. */
  length: number;
  /**
   * Raw ↔ corrected code points of this version of the document (its active corrections), so a client maps a
   * selection or a span between the two texts with this map (positionMapFromData), never rebuilding one.
   */
  positionMap: PositionMapData<'codePoint'>;
}

export interface EvidenceView {
  start: RawCodePoint;
  end: RawCodePoint;
  quote: string;
  prefix: string;
  suffix: string;
  correctedStart: CorrectedCodePoint;
  correctedEnd: CorrectedCodePoint;
  correctedQuote: string;
}

export interface RecordView extends Omit<IndicatorRecord, 'evidence' | 'reviewedText'> {
  evidence: EvidenceView[];
  /** The corrected words a person last reviewed, shown beside the current ones when the record needs review. */
  reviewedText: string[];
  /** Ids of the active corrections touching the evidence. */
  corrections: string[];
}

export interface CorrectionView extends Omit<Correction, 'start' | 'end'> {
  start: RawCodePoint;
  end: RawCodePoint;
  /** Position of the correction's output in the corrected text, when active. */
  correctedStart: CorrectedCodePoint | null;
  correctedEnd: CorrectedCodePoint | null;
  /** Records whose status this action changed. */
  affectedRecords?: { id: string; status: RecordStatus }[];
}

/** A suggested record, its evidence in code points (raw and corrected), and what became of it. */
export interface SuggestionView extends Pick<IndicatorRecord, 'docId' | SuggestedField> {
  id: string;
  confidence: number;
  reason: string;
  /** The same reasons, structured for translation (shared/explain/reason.ts). */
  reasons: Reason[];
  evidence: {
    start: RawCodePoint; end: RawCodePoint; quote: string;
    correctedStart: CorrectedCodePoint; correctedEnd: CorrectedCodePoint; correctedQuote: string;
  };
  dismissed: boolean;
  /** The record that already states this (same indicator, measure, kind and value over the same words), if any. */
  recordedAs: string | null;
}

/**
 * A text defect found in the corrected text (so accepted repairs disappear), with its place in raw code points
 * and in corrected code points. Accept it with corrections.editCorrected over correctedStart..correctedEnd
 * inserting `replacement`, kind = type.
 */
export interface FindingView {
  id: string;
  type: CorrectionKind;
  start: RawCodePoint;
  end: RawCodePoint;
  correctedStart: CorrectedCodePoint;
  correctedEnd: CorrectedCodePoint;
  /** The corrected text of the span. */
  text: string;
  replacement: string;
  confidence: number;
  reason: string;
  /** The same explanation as a code and parameters (`finding.<type>.<variant>`), translated in the renderer. */
  reasonCode?: Reason;
  related: { correctedStart: CorrectedCodePoint; correctedEnd: CorrectedCodePoint }[];
  dismissed: boolean;
}

/** A record that did not map exactly onto a replaced source, with what was found for each span (code points). */
export interface ReanchorView {
  docId: string;
  recordId: string;
  indicator: string;
  value: string;
  unit: string;
  status: RecordStatus;
  fromSha256: string;
  spans: {
    previousQuote: string;
    mapped: { start: RawCodePoint; end: RawCodePoint; quote: string } | null;
    candidates: { start: RawCodePoint; end: RawCodePoint; quote: string; score: number }[];
    /** Two candidates tie on quote and context (a duplicated paragraph): a person must choose. */
    ambiguous: boolean;
  }[];
}

export interface ReimportReport {
  docId: string;
  fromSha256: string;
  toSha256: string;
  keptRecords: number;
  queued: ReanchorView[];
  keptCorrections: number;
  droppedCorrections: { id: string; reason: string; reasonCode?: Reason }[];
}

/** Where a record's quote stands elsewhere in the corrected text: raw and corrected code points. */
export interface QuoteCandidate {
  start: RawCodePoint;
  end: RawCodePoint;
  correctedStart: CorrectedCodePoint;
  correctedEnd: CorrectedCodePoint;
  quote: string;
  score: number;
  /** Ties with another candidate on quote and context (duplicated paragraphs). */
  ambiguous: boolean;
}

export interface HistoryView {
  entries: Pick<AuditEntry, 'seq' | 'at' | 'by' | 'action' | 'summary' | 'target'>[];
  canUndo: boolean;
  canRedo: boolean;
  undoSummary: string | null;
  redoSummary: string | null;
}

export interface ImportReport {
  imported: DocumentSummary[];
  duplicates: { fileName: string; existingDocId: string }[];
  /** `reason` in English; `reasonCode` the same as data, for the reviewer's language. */
  failed: { fileName: string; reason: string; reasonCode?: Reason }[];
}

export interface ExportResult {
  format: ExportFormat;
  fileName: string;
  mimeType: string;
  /** The file: UTF-8 text, or base64 for the binary formats (XLSX, the data package zip). */
  content: string;
  encoding: 'utf8' | 'base64';
  recordCount: number;
}
