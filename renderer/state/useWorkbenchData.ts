import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../../shared/api/contract.ts';
import type { CorrectionView, DocumentSummary, HistoryView, ProjectInfo, RecordView } from '../../shared/api/views.ts';
import { buildCodePointCorrectionMap } from '../text/correctionMap.ts';
import { makeShownText, type ShownText, type TextView } from '../text/shownText.ts';
import { readSetting, writeSetting } from './localSettings.ts';

/** Everything shown for the open document, fetched together so text, records and offsets always agree. */
export interface OpenDocument {
  summary: DocumentSummary;
  shown: ShownText;
  records: RecordView[];
  corrections: CorrectionView[];
  history: HistoryView;
}

export interface WorkbenchData {
  project: ProjectInfo | null;
  docs: DocumentSummary[] | null;
  docId: string | null;
  textView: TextView;
  open: OpenDocument | null;
  /** Every record of the project (project view, indicator suggestions); null until first loaded. */
  allRecords: RecordView[] | null;
  openDocument(docId: string | null): void;
  setTextView(view: TextView): void;
  /** After a record change: the record itself is known, the rest of the document is re-read. */
  recordChanged(record: RecordView): Promise<void>;
  /** After undo/redo or anything that may touch text and corrections: re-read the whole document. */
  documentChanged(docId: string): Promise<void>;
  reloadDocs(): Promise<void>;
  reloadAllRecords(): Promise<void>;
}

/**
 * The project's state as the renderer knows it, refreshed from the API after every change. Responses that
 * arrive after the reviewer has moved to another document or view are dropped.
 */
export function useWorkbenchData(api: ApiClient, onError: (e: unknown) => void): WorkbenchData {
  const [project, setProject] = useState<ProjectInfo | null>(null);
  const [docs, setDocs] = useState<DocumentSummary[] | null>(null);
  const [docId, setDocId] = useState<string | null>(() => readSetting('lastDocId'));
  const [textView, setTextViewState] = useState<TextView>(() => (readSetting('textView') === 'corrected' ? 'corrected' : 'raw'));
  const [open, setOpen] = useState<OpenDocument | null>(null);
  const [allRecords, setAllRecords] = useState<RecordView[] | null>(null);
  // Identifies the latest request for the open document; older answers are ignored.
  const loadSeq = useRef(0);
  const wanted = useRef({ docId, textView });
  wanted.current = { docId, textView };

  const reloadDocs = useCallback(async () => {
    try {
      const [info, list] = await Promise.all([api['project.info']({}), api['docs.list']({})]);
      setProject(info);
      setDocs(list);
    } catch (e) {
      onError(e);
      setDocs((current) => current ?? []);
    }
  }, [api, onError]);

  const reloadAllRecords = useCallback(async () => {
    try {
      setAllRecords(await api['records.list']({}));
    } catch (e) {
      onError(e);
    }
  }, [api, onError]);

  const openRef = useRef<OpenDocument | null>(null);
  openRef.current = open;

  /** Reads the document; the text only when asked (record changes never alter it, and it may be megabytes). */
  const loadDocument = useCallback(async (id: string, view: TextView, withText: boolean): Promise<void> => {
    const seq = ++loadSeq.current;
    const known = openRef.current;
    const keepText = !withText && known !== null && known.shown.docId === id && known.shown.view === view;
    try {
      const [summary, text, records, corrections, history] = await Promise.all([
        api['docs.get']({ docId: id }),
        keepText ? null : api['docs.text']({ docId: id, view }),
        api['records.list']({ docId: id }),
        api['corrections.list']({ docId: id }),
        api['history.list']({ docId: id }),
      ]);
      if (seq !== loadSeq.current) return;
      const stillShown = openRef.current?.shown.docId === id && openRef.current.shown.view === view;
      if (text === null && !stillShown) return void loadDocument(id, view, true);
      const active = corrections.filter((c) => c.state === 'active');
      const toRaw = view === 'corrected' ? buildCodePointCorrectionMap(summary.length, active) : null;
      setOpen((current) => {
        const sameText = current !== null && current.shown.docId === id && current.shown.view === view
          && (text === null || current.shown.text === text.text);
        return {
          summary,
          // Same text: keep its index (building one walks the whole text); the editor keeps its place.
          shown: sameText ? { ...current.shown, toRaw } : makeShownText(id, view, text?.text ?? '', toRaw),
          records,
          corrections: active,
          history,
        };
      });
      setDocs((list) => list?.map((d) => (d.docId === id ? summary : d)) ?? list);
    } catch (e) {
      if (seq !== loadSeq.current) return;
      onError(e);
      // A document that no longer exists (deleted on disk, stale remembered id) is simply not opened.
      if ((e as { code?: string }).code === 'NOT_FOUND') setDocId(null);
    }
  }, [api, onError]);

  useEffect(() => {
    void reloadDocs();
    void reloadAllRecords();
  }, [reloadDocs, reloadAllRecords]);

  useEffect(() => {
    writeSetting('lastDocId', docId);
    if (docId === null) {
      loadSeq.current++;
      setOpen(null);
      return;
    }
    void loadDocument(docId, textView, true);
  }, [docId, textView, loadDocument]);

  const openDocument = useCallback((id: string | null) => setDocId(id), []);
  const setTextView = useCallback((view: TextView) => {
    writeSetting('textView', view);
    setTextViewState(view);
  }, []);

  const recordChanged = useCallback(async (record: RecordView) => {
    setAllRecords((list) => {
      if (!list) return list;
      const at = list.findIndex((r) => r.id === record.id);
      return at === -1 ? [...list, record] : list.map((r) => (r.id === record.id ? record : r));
    });
    const current = wanted.current;
    if (current.docId === record.docId) await loadDocument(record.docId, current.textView, false);
    else {
      try {
        const summary = await api['docs.get']({ docId: record.docId });
        setDocs((list) => list?.map((d) => (d.docId === summary.docId ? summary : d)) ?? list);
      } catch (e) {
        onError(e);
      }
    }
  }, [api, loadDocument, onError]);

  const documentChanged = useCallback(async (id: string) => {
    const current = wanted.current;
    await Promise.all([
      current.docId === id ? loadDocument(id, current.textView, true) : reloadDocs(),
      reloadAllRecords(),
    ]);
  }, [loadDocument, reloadDocs, reloadAllRecords]);

  return { project, docs, docId, textView, open, allRecords, openDocument, setTextView, recordChanged, documentChanged, reloadDocs, reloadAllRecords };
}
