import type { Reason } from '../explain/reason.ts';
import { z } from 'zod';
import { isReservedKey } from './reservedKeys.ts';
import { EXPORT_FORMATS } from '../export/exportFormat.ts';
import { CORRECTION_KINDS } from '../corrections/correction.ts';
import type { ErrorCode } from '../errors/workbenchError.ts';
import { RECORD_KINDS, RECORD_MEASURES, type RecordStatus } from '../records/indicatorRecord.ts';
import type { Codebook } from '../codebook/index.ts';
import { CHECKS_PAGE_DEFAULT, CHECKS_PAGE_MAX, type ChecksPage } from '../checks/checksPage.ts';
import type { OperationProgress } from './operations.ts';
import { userSettingsPatchSchema, type UserSettings } from '../settings/userSettings.ts';
import type { CorrectedCodePoint, RawCodePoint } from '../text/offsets.ts';
import type {
  CorrectionView, DocumentSummary, DocumentText, ExportResult, FindingView, HistoryView, ImportReport, ProjectInfo, QuoteCandidate, ReanchorView, RecordView, ReimportReport, SuggestionView,
} from './views.ts';

/**
 * The typed API contract: one map of method name → input validator and output type, shared by every side.
 * The service table implements it once; Electron IPC, the HTTP bridge and the CLI are three transports over
 * that one table. Every offset in inputs and outputs is in Unicode code points into the raw text unless the
 * name says `corrected`.
 *
 * Zod gives both the static types and the run-time validation of every payload that crosses a boundary.
 */
const offset = z.number().int().nonnegative();
// The same run-time check; the type says which text the offset indexes, so a caller cannot pass a UTF-16
// position or a corrected one where a raw code point is meant (shared/text/offsets.ts).
const rawOffset = offset as unknown as z.ZodType<RawCodePoint, RawCodePoint>;
const correctedOffset = offset as unknown as z.ZodType<CorrectedCodePoint, CorrectedCodePoint>;
const name = z.string().trim().min(1, 'a reviewer name is required').max(100);
// Ids are keys of plain objects on disk: a name an object already has (`__proto__`, `constructor` …) would be
// answered ok and silently not stored, so such ids are refused.
const id = z.string().min(1).max(200).refine((v) => !isReservedKey(v), 'a name every object already has (such as __proto__ or constructor) cannot be an id');
const year = z.number().int().min(1900).max(2200).nullable();

const recordFields = {
  indicator: z.string().trim().min(1, 'indicator is required').max(200),
  region: z.string().max(200),
  year,
  kind: z.enum(RECORD_KINDS),
  measure: z.enum(RECORD_MEASURES),
  value: z.string().trim().min(1, 'value is required').max(100),
  unit: z.string().max(50),
  qualifier: z.string().max(50),
  note: z.string().max(5000),
};

/** A new record's fields: what is left out takes its default. */
export const recordFieldsSchema = z.object({
  ...recordFields,
  region: recordFields.region.default(''),
  year: recordFields.year.default(null),
  kind: recordFields.kind.default('actual'),
  measure: recordFields.measure.default('level'),
  unit: recordFields.unit.default(''),
  qualifier: recordFields.qualifier.default(''),
  note: recordFields.note.default(''),
});

/** An edit: only the fields given change (no defaults, which would silently reset the others). */
export const recordFieldsPatchSchema = z.object(recordFields).partial();

/** The reviewer's reason for keeping a value its evidence does not state (the value guard's override). */
const valueDiffers = z.string().trim().min(1, 'a reason is required when the value differs from the text').max(2000);

/** Names a long call (see operations.ts) so `operations.progress` and `operations.cancel` can refer to it. */
const operationId = z.string().trim().min(1).max(100).optional();
/** Why a correction was made, as data (a finding's reason code), so the window can say it in either language. */
const reasonCode = z.object({
  code: z.string().trim().min(1).max(200),
  params: z.record(z.string().max(100), z.union([z.string().max(2000), z.number()])).optional(),
}).optional();
/** Limits of one `log.error` call, in UTF-16 code units. */
export const LOG_MESSAGE_MAX = 2_000;
export const LOG_DETAIL_MAX = 20_000;

const span = z.object({ start: rawOffset, end: rawOffset }).refine((s) => s.end > s.start, 'a span must be non-empty (end > start)');

export const apiContract = {
  'project.info': { input: z.object({}), output: null as unknown as ProjectInfo },
  'project.setSettings': {
    input: z.object({ requireSecondReviewer: z.boolean(), by: name }),
    output: null as unknown as ProjectInfo,
  },
  'docs.list': { input: z.object({}), output: null as unknown as DocumentSummary[] },
  'docs.importFiles': {
    // Paths come from the CLI or from main-process dialogs, never from the renderer (see exposure below).
    input: z.object({ paths: z.array(z.string().min(1)).min(1), by: name, operationId }),
    output: null as unknown as ImportReport,
  },
  'docs.importBytes': {
    input: z.object({ fileName: z.string().min(1).max(255), base64: z.string(), by: name, operationId }),
    output: null as unknown as ImportReport,
  },
  'docs.replaceSourceFile': {
    // A better copy of a report (re-OCR'd) becomes a new version; path from the CLI or a main-process dialog.
    input: z.object({ docId: id, path: z.string().min(1), by: name, operationId }),
    output: null as unknown as ReimportReport,
  },
  'docs.replaceSourceBytes': {
    input: z.object({ docId: id, fileName: z.string().min(1).max(255), base64: z.string(), by: name, operationId }),
    output: null as unknown as ReimportReport,
  },
  'reanchor.list': { input: z.object({ docId: id }), output: null as unknown as ReanchorView[] },
  'reanchor.resolve': {
    input: z.object({ docId: id, recordId: id, evidence: z.array(span).min(1), by: name }),
    output: null as unknown as { recordId: string; status: RecordStatus },
  },
  'reanchor.discard': {
    input: z.object({ docId: id, recordId: id, by: name }),
    output: null as unknown as { recordId: string; status: 'discarded' },
  },
  'docs.get': { input: z.object({ docId: id }), output: null as unknown as DocumentSummary },
  'docs.text': {
    input: z.object({ docId: id, view: z.enum(['raw', 'corrected']).default('raw') }),
    output: null as unknown as DocumentText,
  },
  'docs.updateMeta': {
    input: z.object({
      docId: id,
      title: z.string().max(500).optional(),
      region: z.string().max(200).optional(),
      yearsReviewed: z.array(z.number().int()).optional(),
      yearsPlanned: z.array(z.number().int()).optional(),
      /** The reviewer confirmed the details (the import's confirm step): unsure guesses stop asking. */
      confirmDetails: z.boolean().default(false),
      by: name,
    }),
    output: null as unknown as DocumentSummary,
  },
  'records.updateDraftYears': {
    // After the document's years changed: move drafts carrying an old year (actual: reviewed, target: planned)
    // to the new one. One audited action, one undo step; verified and rejected records are never touched.
    // dryRun counts the drafts that would move, so the UI can offer the update.
    input: z.object({
      docId: id,
      changes: z.array(z.object({ kind: z.enum(['actual', 'target']), from: z.number().int(), to: z.number().int() })).min(1).max(2),
      by: name,
      dryRun: z.boolean().default(false),
    }),
    output: null as unknown as { recordIds: string[]; applied: boolean },
  },
  'records.list': {
    input: z.object({ docId: id.optional() }),
    output: null as unknown as RecordView[],
  },
  'records.add': {
    // A value its evidence does not state is refused (VALUE_NOT_IN_EVIDENCE) unless `valueDiffers` gives the reason.
    input: z.object({ docId: id, evidence: z.array(span).min(1), fields: recordFieldsSchema, by: name, verify: z.boolean().default(false), valueDiffers: valueDiffers.optional() }),
    output: null as unknown as RecordView,
  },
  'records.update': {
    input: z.object({ recordId: id, fields: recordFieldsPatchSchema.optional(), evidence: z.array(span).min(1).optional(), by: name, valueDiffers: valueDiffers.optional() }),
    output: null as unknown as RecordView,
  },
  'records.setStatus': {
    input: z.object({ recordId: id, status: z.enum(['draft', 'verified', 'rejected']), by: name, valueDiffers: valueDiffers.optional() }),
    output: null as unknown as RecordView,
  },
  'records.setStatusMany': {
    // Bulk verify / reject / reopen: one action (one undo step) per document; refusals are reported per record.
    input: z.object({ recordIds: z.array(id).min(1).max(20_000), status: z.enum(['draft', 'verified', 'rejected']), by: name }),
    output: null as unknown as { changed: RecordView[]; refused: { recordId: string; reason: string; code?: ErrorCode; details?: Record<string, unknown>; reasonCode?: Reason }[] },
  },
  'records.delete': {
    // Audited and undoable; rejecting keeps the record in the dataset's history, deleting does not.
    input: z.object({ recordId: id, by: name }),
    output: null as unknown as { recordId: string; deleted: true },
  },
  'records.findQuote': {
    // Other places in the corrected text where a record's quote stands (e.g. the surviving copy of a
    // deleted duplicate), scored on the quote's context; move the record there with records.update.
    input: z.object({ recordId: id }),
    output: null as unknown as QuoteCandidate[],
  },
  'corrections.list': { input: z.object({ docId: id }), output: null as unknown as CorrectionView[] },
  'corrections.add': {
    input: z.object({
      docId: id, start: rawOffset, end: rawOffset, replace: z.string().max(1_000_000),
      kind: z.enum(CORRECTION_KINDS).default('edit'), reason: z.string().max(2000).default(''), reasonCode, by: name,
    }).refine((c) => c.end >= c.start, 'end must not be before start'),
    output: null as unknown as CorrectionView,
  },
  'corrections.editCorrected': {
    input: z.object({
      docId: id, correctedFrom: correctedOffset, correctedTo: correctedOffset, insert: z.string().max(1_000_000),
      kind: z.enum(CORRECTION_KINDS).default('edit'), reason: z.string().max(2000).default(''), reasonCode, by: name,
      // The corrected text the caller saw at correctedFrom..correctedTo: when it differs (another window
      // changed the text meanwhile), the edit is refused instead of landing in the wrong place.
      expect: z.string().max(1_000_000).optional(),
    }).refine((c) => c.correctedTo >= c.correctedFrom, 'correctedTo must not be before correctedFrom'),
    output: null as unknown as CorrectionView,
  },
  'corrections.editCorrectedBatch': {
    // Several non-overlapping edits of the corrected text (accept all findings of a type, a burst of typing),
    // recorded together as one action and one undo step.
    input: z.object({
      docId: id,
      edits: z.array(z.object({
        correctedFrom: correctedOffset, correctedTo: correctedOffset, insert: z.string().max(1_000_000), expect: z.string().max(1_000_000).optional(),
        kind: z.enum(CORRECTION_KINDS).optional(), reason: z.string().max(2000).optional(), reasonCode,
      }).refine((e) => e.correctedTo >= e.correctedFrom, 'correctedTo must not be before correctedFrom')).min(1).max(10_000),
      kind: z.enum(CORRECTION_KINDS).default('edit'), reason: z.string().max(2000).default(''), by: name,
    }),
    output: null as unknown as { corrections: CorrectionView[]; affectedRecords: { id: string; status: RecordStatus }[] },
  },
  'corrections.revert': { input: z.object({ correctionId: id, by: name }), output: null as unknown as CorrectionView },
  'history.list': { input: z.object({ docId: id }), output: null as unknown as HistoryView },
  'history.undo': { input: z.object({ docId: id, by: name }), output: null as unknown as HistoryView },
  'history.redo': { input: z.object({ docId: id, by: name }), output: null as unknown as HistoryView },
  'codebook.get': { input: z.object({}), output: null as unknown as Codebook },
  'codebook.addSynonym': {
    // Learned from the reviewer: the phrase a report uses becomes a synonym of a codebook indicator.
    input: z.object({ phrase: z.string().min(1).max(200), indicator: z.string().min(1).max(200), by: name }),
    output: null as unknown as { added: boolean; codebook: Codebook },
  },
  'codebook.set': {
    // The codebook as exported (codebookToJson); validated entry by entry.
    input: z.object({ json: z.string().max(5_000_000), by: name }),
    output: null as unknown as Codebook,
  },
  'suggestions.list': {
    input: z.object({ docId: id, includeDismissed: z.boolean().default(false), operationId }),
    output: null as unknown as SuggestionView[],
  },
  'dismissals.set': {
    // Remembers (or forgets) that a reviewer rejected a suggestion or a finding, by its stable id.
    // A rejected suggestion may carry its pattern (indicator and measure), so later suggestions like it rank lower.
    input: z.object({
      docId: id, itemId: id, dismissed: z.boolean().default(true), by: name,
      pattern: z.object({ indicator: z.string().max(200), measure: z.enum(RECORD_MEASURES) }).optional(),
    }),
    output: null as unknown as { itemId: string; dismissed: boolean },
  },
  'defects.list': {
    input: z.object({ docId: id, includeDismissed: z.boolean().default(false), operationId }),
    output: null as unknown as FindingView[],
  },
  'checks.list': {
    // A page of the project's findings (one per group of records), with the total and the counts of all of them.
    input: z.object({
      includeDismissed: z.boolean().default(false),
      offset: z.number().int().nonnegative().default(0),
      limit: z.number().int().min(1).max(CHECKS_PAGE_MAX).default(CHECKS_PAGE_DEFAULT),
      operationId,
    }),
    output: null as unknown as ChecksPage,
  },
  'checks.dismiss': {
    // A finding the reviewer judged acceptable (e.g. two figures that differ for a known reason); remembered in the project.
    input: z.object({ findingId: id, dismissed: z.boolean().default(true), by: name }),
    output: null as unknown as { findingId: string; dismissed: boolean },
  },
  'settings.get': { input: z.object({}), output: null as unknown as UserSettings },
  'settings.set': {
    // The reviewer's own settings (name, language, theme, single-key shortcuts), kept by the main process for
    // this user (not in the project); only the fields given change. The answer is the settings as they now are.
    input: userSettingsPatchSchema,
    output: null as unknown as UserSettings,
  },
  'log.error': {
    // An error the window met, written to the main process's log file. Bounded: a runaway loop of errors cannot
    // fill the disk or the IPC channel (the window clips longer texts before sending them).
    input: z.object({ message: z.string().max(LOG_MESSAGE_MAX), detail: z.string().max(LOG_DETAIL_MAX).default('') }),
    output: null as unknown as { logged: true; file: string },
  },
  'export.dataset': {
    input: z.object({ format: z.enum(EXPORT_FORMATS), all: z.boolean().default(false), operationId }),
    output: null as unknown as ExportResult,
  },
  'operations.progress': {
    // The long calls under way (all, or those named): step, elapsed time, whether they can still be cancelled.
    input: z.object({ operationIds: z.array(z.string().max(100)).max(100).optional() }),
    output: null as unknown as OperationProgress[],
  },
  'operations.cancel': {
    // Stops a long call: its worker is terminated and the call answers CANCELLED, having written nothing.
    // Too late once it writes its result (cancelled: false); unknown or finished ids answer cancelled: false too.
    input: z.object({ operationId: z.string().trim().min(1).max(100) }),
    output: null as unknown as { operationId: string; cancelled: boolean },
  },
} as const;

export type ApiContract = typeof apiContract;
export type ApiMethod = keyof ApiContract;
export type ApiInput<M extends ApiMethod> = z.input<ApiContract[M]['input']>;
export type ApiParsedInput<M extends ApiMethod> = z.output<ApiContract[M]['input']>;
export type ApiOutput<M extends ApiMethod> = ApiContract[M]['output'];

/** The service table: one implementation per method, given validated input. */
export type ServiceTable = { [M in ApiMethod]: (input: ApiParsedInput<M>) => Promise<ApiOutput<M>> };

/** The client face every transport offers to callers (renderer, tests): raw input, validated on arrival. */
export type ApiClient = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiOutput<M>> };

/** Methods of the reviewer's app rather than of a project: answered whether or not a project is open. */
export const APP_METHODS = ['settings.get', 'settings.set', 'log.error'] as const satisfies readonly ApiMethod[];
export type AppMethod = (typeof APP_METHODS)[number];

export function isAppMethod(method: string): method is AppMethod {
  return (APP_METHODS as readonly string[]).includes(method);
}

/** Methods that take file-system paths: callable from the CLI and the main process, never from the renderer. */
export const MAIN_ONLY_METHODS: readonly ApiMethod[] = ['docs.importFiles', 'docs.replaceSourceFile'];

export const API_METHODS = Object.keys(apiContract) as ApiMethod[];

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(apiContract, name);
}
