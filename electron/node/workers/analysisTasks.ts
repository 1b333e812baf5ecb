import type { OperationStep } from '../../../shared/api/operations.ts';
import type { ExportResult } from '../../../shared/api/views.ts';
import { checkConsistency, checkPlausibility, type CheckedRecord, type ConsistencyFinding } from '../../../shared/checks/index.ts';
import type { Codebook } from '../../../shared/codebook/index.ts';
import type { Reason } from '../../../shared/explain/reason.ts';
import type { Correction } from '../../../shared/corrections/correction.ts';
import { buildCorrectedView } from '../../../shared/corrections/correctionSet.ts';
import { detectDefectsPacked, type PackedFindings, type TextRange } from '../../../shared/detectors/index.ts';
import { guessDetails } from '../../../shared/document/guessMetadata.ts';
import type { Dataset } from '../../../shared/export/dataset.ts';
import type { ExportFormat } from '../../../shared/export/exportFormat.ts';
import type { IndicatorRecord } from '../../../shared/records/indicatorRecord.ts';
import { reviewAfterCorrections } from '../../../shared/records/reviewAfterCorrections.ts';
import { diffSources, planReimport, type ReimportPlan } from '../../../shared/reimport/index.ts';
import { suggestRecords, type Suggestion, type SuggestMeta } from '../../../shared/suggest/index.ts';
import { codePointLength } from '../../../shared/text/codePoints.ts';
import { decodeSource, type SourceEncoding } from '../../../shared/text/decodeSource.ts';

import { encodeExport } from '../export/encodeExport.ts';
import type { ResultForm } from './resultCodec.ts';
import { sha256Hex } from '../project/sha256.ts';
import { readStoredSource, type StoredSourceInput, type StoredSourceText } from '../project/storedSource.ts';

/**
 * The work a worker thread does: pure functions of the data they are given, returning data. Nothing here reads
 * or writes the project; the main process gathers the inputs and remains the only writer of project files.
 * The same table runs in the worker (analysisWorker.ts) and, for comparison, in-process in the tests.
 */
export type Report = (step: OperationStep) => void;

export type DecodedImport =
  | { ok: true; sha256: string; encoding: SourceEncoding; length: number; details: ReturnType<typeof guessDetails> }
  | { ok: false; sha256: string; reason: string; reasonCode: Reason };

export interface ReimportComputed {
  sha256: string;
  decoded: { ok: true; encoding: SourceEncoding; newRaw: string; length: number } | { ok: false; reason: string; reasonCode: Reason };
  plan: ReimportPlan | null;
  /** The kept records with their statuses re-derived against the new corrected text. */
  keptReviewed: IndicatorRecord[];
}

export const ANALYSIS_TASKS = {
  suggest(input: { text: string; meta: SuggestMeta; codebook: Codebook }, report: Report): Suggestion[] {
    report('analysing');
    return suggestRecords(input.text, input.meta, input.codebook);
  },

  /** Packed: half a million findings copied out of a worker as objects cost seconds (see packedFindings.ts). */
  defects(input: { text: string; protectedRanges: TextRange[] }, report: Report): PackedFindings {
    report('detecting');
    return detectDefectsPacked(input.text, { protectedRanges: input.protectedRanges });
  },

  checks(input: { records: CheckedRecord[]; codebook: Codebook; correctedQuotes: Map<string, string[]>; documentTitles: Map<string, string> }, report: Report): ConsistencyFinding[] {
    report('checking');
    return [
      ...checkConsistency(input.records, { codebook: input.codebook, correctedQuotes: input.correctedQuotes, documentTitles: input.documentTitles }),
      ...checkPlausibility(input.records, { codebook: input.codebook, documentTitles: input.documentTitles }),
    ];
  },

  decodeImport(input: { bytes: Uint8Array; fileName: string }, report: Report): DecodedImport {
    report('decoding');
    const sha256 = sha256Hex(input.bytes);
    const decoded = decodeSource(input.bytes);
    if (!decoded.ok) return { ok: false, sha256, reason: decoded.reason, reasonCode: decoded.reasonCode };
    return { ok: true, sha256, encoding: decoded.encoding, length: codePointLength(decoded.text), details: guessDetails(decoded.text, input.fileName) };
  },

  /** A stored source read, checked against its sha256 and decoded, when a big document is opened (reads only). */
  readStored(input: StoredSourceInput, report: Report): Promise<StoredSourceText> {
    report('decoding');
    return readStoredSource(input);
  },

  reimport(input: { oldRaw: string; oldSha256: string; bytes: Uint8Array; records: IndicatorRecord[]; corrections: Correction[] }, report: Report): ReimportComputed {
    report('decoding');
    const sha256 = sha256Hex(input.bytes);
    const decoded = decodeSource(input.bytes);
    if (!decoded.ok) return { sha256, decoded, plan: null, keptReviewed: [] };
    const newRaw = decoded.text;
    const done = { ok: true as const, encoding: decoded.encoding, newRaw, length: codePointLength(newRaw) };
    if (sha256 === input.oldSha256) return { sha256, decoded: done, plan: null, keptReviewed: [] };
    report('comparing');
    const plan = planReimport(input.oldRaw, newRaw, diffSources(input.oldRaw, newRaw), input.records, input.corrections);
    const view = buildCorrectedView(newRaw, plan.keptCorrections);
    return { sha256, decoded: done, plan, keptReviewed: plan.keptRecords.map((r) => reviewAfterCorrections(r, view)) };
  },

  encodeExport(input: { dataset: Dataset; format: ExportFormat; baseName: string }, report: Report): Promise<ExportResult> {
    report('encoding');
    return encodeExport(input.dataset, input.format, input.baseName);
  },
};

/**
 * How results travel back to the main thread (resultCodec.ts), v8 serialization for the rest. Suggestions are
 * plain data (strings, finite numbers, null, arrays, plain objects; the worker tests check a round trip), read
 * back from JSON at half the cost; packed findings move their typed arrays as they are.
 */
export const RESULT_FORMS: Partial<Record<TaskName, ResultForm>> = { suggest: 'jsonArray', defects: 'columns' };

export type AnalysisTasks = typeof ANALYSIS_TASKS;
export type TaskName = keyof AnalysisTasks;
export type TaskInput<T extends TaskName> = Parameters<AnalysisTasks[T]>[0];
export type TaskOutput<T extends TaskName> = Awaited<ReturnType<AnalysisTasks[T]>>;

export function isTaskName(name: unknown): name is TaskName {
  return typeof name === 'string' && Object.hasOwn(ANALYSIS_TASKS, name);
}
