import type { RawCodePoint, Span } from '../../shared/text/offsets.ts';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ApiClient } from '../../shared/api/contract.ts';
import type { CorrectionView, FindingView, QuoteCandidate, ReanchorView, RecordView, ReimportReport } from '../../shared/api/views.ts';
import type { RecordStatus } from '../../shared/records/indicatorRecord.ts';
import type { EditCommit } from '../editor/ReportEditor.tsx';
import { typingToCorrectedEdits } from '../text/shownText.ts';
import type { SaveStatus } from '../state/useSaveStatus.ts';
import type { WorkbenchData } from '../state/useWorkbenchData.ts';
import { useApiQuery } from '../api/useApiQuery.ts';
import { fileToBase64 } from '../transfer/base64.ts';
import { flattenGroups, groupFindings, keepCurrent } from './findingList.ts';

/** Records whose status a correction (or its revert) changed, shown until dismissed. */
export interface AffectedNotice {
  correctionId: string;
  records: { id: string; status: RecordStatus }[];
}

export interface RepairState {
  /** The open document's findings; null until read. */
  findings: FindingView[] | null;
  /** False between a change and the re-read of the findings: their positions may not match the text on screen. */
  findingsFresh: boolean;
  /** The finding the reviewer is on (list focus, text overlay). */
  currentId: string | null;
  setCurrentId(id: string | null): void;
  /** Every correction of the open document, active, superseded and reverted, newest first. */
  corrections: CorrectionView[];
  reanchor: ReanchorView[];
  notice: AffectedNotice | null;
  reimport: ReimportReport | null;
  dismissNotice(): void;
  dismissReimport(): void;
  accept(findingId: string, replacement?: string): Promise<'accepted' | 'gone' | 'failed'>;
  reject(finding: FindingView): Promise<void>;
  /** Accepts the findings one by one, re-reading the list before each (positions move). */
  acceptAll(ids: readonly string[], onProgress: (done: number) => void): Promise<{ accepted: number; skipped: number }>;
  revert(correctionId: string): Promise<{ ok: true } | { ok: false; code: string; message: string }>;
  /** The editor's typing in edit mode, recorded as corrections. */
  commitEdits(commit: EditCommit): Promise<boolean>;
  replaceSource(file: File): Promise<void>;
  resolveReanchor(recordId: string, evidence: Span<RawCodePoint>[]): Promise<RecordStatus | undefined>;
  discardReanchor(recordId: string): Promise<void>;
  findCopies(recordId: string): Promise<QuoteCandidate[] | undefined>;
  moveRecord(record: RecordView, candidate: QuoteCandidate): Promise<RecordView | undefined>;
}

/**
 * The Repairs tab's data and actions for the open document. The findings, corrections and re-anchor queue
 * are cached reads (renderer/api): every change here makes them stale through its cache effects, so a
 * finding is never applied from a list read before the last change (accept reads it afresh besides).
 */
export function useRepairs(api: ApiClient, reviewer: string | null, save: SaveStatus, data: WorkbenchData, active: boolean): RepairState {
  const { docId, open, openRefreshing } = data;
  const { track, showError } = save;
  const [notice, setNotice] = useState<AffectedNotice | null>(null);
  const [reimport, setReimport] = useState<ReimportReport | null>(null);
  const [currentId, setCurrentId] = useState<string | null>(null);
  const previousOrder = useRef<FindingView[]>([]);

  const by = useCallback(() => {
    if (!reviewer) throw new Error('a reviewer name is required');
    return reviewer;
  }, [reviewer]);

  // Read lazily: only while the tab is shown (defects.list scans the whole text).
  const openDocId = open?.shown.docId ?? null;
  const shownDocId = active && openDocId !== null && openDocId === docId ? openDocId : null;
  const findingsQuery = useApiQuery('defects.list', shownDocId === null ? null : { docId: shownDocId, includeDismissed: false });
  const correctionsQuery = useApiQuery('corrections.list', shownDocId === null ? null : { docId: shownDocId });
  const reanchorQuery = useApiQuery('reanchor.list', shownDocId === null ? null : { docId: shownDocId });
  const findings = findingsQuery.data ?? null;
  // Fresh: read after the last change, and the text on screen is of that same version.
  const findingsFresh = findings !== null && !findingsQuery.isFetching && !findingsQuery.isStale && !openRefreshing;
  const corrections = useMemo(() => [...(correctionsQuery.data ?? [])].sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id)), [correctionsQuery.data]);
  const reanchor = useMemo(() => reanchorQuery.data ?? [], [reanchorQuery.data]);
  const readError = findingsQuery.error ?? correctionsQuery.error ?? reanchorQuery.error;
  useEffect(() => {
    if (readError) showError(readError);
  }, [readError, showError]);

  // A re-read list keeps the reviewer's place: the same finding, or the one that took its place.
  useEffect(() => {
    if (!findings) return;
    const order = flattenGroups(groupFindings(findings));
    // Captured now: the updater runs later, after previousOrder has moved on.
    const previous = previousOrder.current;
    setCurrentId((current) => keepCurrent(previous, order, current));
    previousOrder.current = order;
  }, [findings]);

  useEffect(() => {
    setCurrentId(null);
    previousOrder.current = [];
    setNotice(null);
    setReimport(null);
  }, [docId]);

  const showAffected = useCallback((correction: CorrectionView | undefined) => {
    if (correction?.affectedRecords?.length) setNotice({ correctionId: correction.id, records: correction.affectedRecords });
  }, []);

  /** Applies one finding as read just now, by id; 'gone' when it no longer applies. */
  const applyFresh = useCallback(async (id: string, findingId: string, replacement?: string): Promise<{ outcome: 'accepted' | 'gone' | 'failed'; correction?: CorrectionView }> => {
    const fresh = (await api['defects.list']({ docId: id })).find((f) => f.id === findingId);
    if (!fresh) return { outcome: 'gone' };
    const correction = await api['corrections.editCorrected']({
      docId: id, correctedFrom: fresh.correctedStart, correctedTo: fresh.correctedEnd,
      insert: replacement ?? fresh.replacement, kind: fresh.type, reason: fresh.reason, ...(fresh.reasonCode ? { reasonCode: fresh.reasonCode } : {}), by: by(), expect: fresh.text,
    });
    return { outcome: 'accepted', correction };
  }, [api, by]);

  const accept = useCallback(async (findingId: string, replacement?: string) => {
    if (!docId) return 'failed' as const;
    const result = await track(() => applyFresh(docId, findingId, replacement));
    if (!result) return 'failed' as const;
    showAffected(result.correction);
    return result.outcome;
  }, [docId, track, applyFresh, showAffected]);

  const reject = useCallback(async (finding: FindingView) => {
    if (!docId) return;
    // Dismissing moves nothing: the cache drops the finding at once (history gains an undoable entry).
    await track(() => api['dismissals.set']({ docId, itemId: finding.id, dismissed: true, by: by() }));
  }, [docId, track, api, by]);

  /** Accepts the listed findings as read just now, as one correction batch: one action, one undo step. */
  const acceptAll = useCallback(async (ids: readonly string[], onProgress: (done: number) => void) => {
    let accepted = 0;
    let skipped = 0;
    if (!docId) return { accepted, skipped };
    onProgress(0);
    const result = await track(async () => {
      const wanted = new Set(ids);
      const fresh = (await api['defects.list']({ docId })).filter((f) => wanted.has(f.id)).sort((a, b) => a.correctedStart - b.correctedStart);
      // Findings that overlap one already taken wait for the next read (their positions would be stale).
      const chosen: FindingView[] = [];
      for (const f of fresh) {
        const last = chosen.at(-1);
        if (last && f.correctedStart < last.correctedEnd) continue;
        chosen.push(f);
      }
      skipped = ids.length - chosen.length;
      if (chosen.length === 0) return null;
      return api['corrections.editCorrectedBatch']({
        docId, by: by(), kind: chosen[0]!.type,
        edits: chosen.map((f) => ({ correctedFrom: f.correctedStart, correctedTo: f.correctedEnd, insert: f.replacement, expect: f.text, kind: f.type, reason: f.reason, ...(f.reasonCode ? { reasonCode: f.reasonCode } : {}) })),
      });
    });
    accepted = result?.corrections.length ?? 0;
    if (result === undefined) skipped = ids.length;
    onProgress(ids.length);
    if (result?.affectedRecords.length) setNotice({ correctionId: result.corrections.at(-1)!.id, records: result.affectedRecords });
    return { accepted, skipped };
  }, [docId, track, api, by]);

  const revert = useCallback(async (correctionId: string) => {
    if (!docId) return { ok: false as const, code: 'NO_DOCUMENT', message: '' };
    try {
      const correction = await api['corrections.revert']({ correctionId, by: by() });
      showAffected(correction);
      return { ok: true as const };
    } catch (e) {
      const code = (e as { code?: string }).code ?? 'ERROR';
      // A conflict is explained where it happened (the list); anything else goes to the banner.
      if (code !== 'CONFLICT') showError(e);
      return { ok: false as const, code, message: e instanceof Error ? e.message : String(e) };
    }
  }, [docId, api, by, showAffected, showError]);

  const commitEdits = useCallback(async (commit: EditCommit) => {
    const shown = open?.shown;
    const edits = typingToCorrectedEdits(commit.base, commit.changes, shown && shown.docId === commit.docId ? shown : null);
    const affected = new Map<string, RecordStatus>();
    let lastId = '';
    const ok = await track(async () => {
      // All the changes of one pause in typing, positions in `base`: one batch, one undo step.
      const result = await api['corrections.editCorrectedBatch']({ docId: commit.docId, kind: 'edit', by: by(), edits });
      for (const r of result.affectedRecords) affected.set(r.id, r.status);
      lastId = result.corrections.at(-1)?.id ?? '';
      return true;
    });
    if (affected.size) setNotice({ correctionId: lastId, records: [...affected].map(([id, status]) => ({ id, status })) });
    return ok === true;
  }, [open, track, api, by]);

  const replaceSource = useCallback(async (file: File) => {
    if (!docId) return;
    const report = await track(async () => {
      return api['docs.replaceSourceBytes']({ docId, fileName: file.name, base64: await fileToBase64(file), by: by() });
    });
    if (report) setReimport(report);
  }, [docId, track, api, by]);

  const resolveReanchor = useCallback(async (recordId: string, evidence: Span<RawCodePoint>[]) => {
    if (!docId) return undefined;
    const result = await track(() => api['reanchor.resolve']({ docId, recordId, evidence, by: by() }));
    return result?.status;
  }, [docId, track, api, by]);

  const discardReanchor = useCallback(async (recordId: string) => {
    if (!docId) return;
    await track(() => api['reanchor.discard']({ docId, recordId, by: by() }));
  }, [docId, track, api, by]);

  const findCopies = useCallback(async (recordId: string) => {
    try {
      return await api['records.findQuote']({ recordId });
    } catch (e) {
      showError(e);
      return undefined;
    }
  }, [api, showError]);

  const moveRecord = useCallback(async (record: RecordView, candidate: QuoteCandidate) => {
    return track(() => api['records.update']({ recordId: record.id, evidence: [{ start: candidate.start, end: candidate.end }], by: by() }));
  }, [track, api, by]);

  const dismissNotice = useCallback(() => setNotice(null), []);
  const dismissReimport = useCallback(() => setReimport(null), []);

  return useMemo(() => ({
    findings, findingsFresh, currentId, setCurrentId, corrections, reanchor, notice, reimport, dismissNotice, dismissReimport,
    accept, reject, acceptAll, revert, commitEdits, replaceSource, resolveReanchor, discardReanchor, findCopies, moveRecord,
  }), [findings, findingsFresh, currentId, corrections, reanchor, notice, reimport, dismissNotice, dismissReimport,
    accept, reject, acceptAll, revert, commitEdits, replaceSource, resolveReanchor, discardReanchor, findCopies, moveRecord]);
}
