import { useQueries } from '@tanstack/react-query';
import { useMemo, useRef } from 'react';
import type { ApiOutput } from '../../shared/api/contract.ts';
import type { CorrectionView, DocumentSummary, HistoryView, RecordView } from '../../shared/api/views.ts';
import { useApi } from '../api/ApiContext.tsx';
import { apiKey } from '../api/queryKeys.ts';
import { makeShownText, type ShownText, type TextView } from '../text/shownText.ts';

/** Everything shown for the open document, one consistent set: text, records and offsets always agree. */
export interface OpenDocument {
  summary: DocumentSummary;
  shown: ShownText;
  records: RecordView[];
  corrections: CorrectionView[];
  history: HistoryView;
}

export interface OpenDocumentState {
  open: OpenDocument | null;
  /** True while a part of the document is being read or re-read (after undo, a repair…): `open` is the last whole set. */
  refreshing: boolean;
  error: unknown;
}

/**
 * The open document's five reads (summary, text in the chosen view, records, corrections, history), each its
 * own query so a change re-reads only what it changed. While any of them is being re-read the previous set
 * stays on screen, so the text never shows with the offsets of another version of it.
 */
export function useOpenDocument(docId: string | null, view: TextView): OpenDocumentState {
  const api = useApi();
  const results = useQueries({
    queries: [
      { queryKey: apiKey('docs.get', { docId: docId ?? '' }), queryFn: () => api['docs.get']({ docId: docId! }), enabled: docId !== null },
      { queryKey: apiKey('docs.text', { docId: docId ?? '', view }), queryFn: () => api['docs.text']({ docId: docId!, view }), enabled: docId !== null },
      { queryKey: apiKey('records.list', { docId: docId ?? '' }), queryFn: () => api['records.list']({ docId: docId! }), enabled: docId !== null },
      { queryKey: apiKey('corrections.list', { docId: docId ?? '' }), queryFn: () => api['corrections.list']({ docId: docId! }), enabled: docId !== null },
      { queryKey: apiKey('history.list', { docId: docId ?? '' }), queryFn: () => api['history.list']({ docId: docId! }), enabled: docId !== null },
    ] as const,
  });
  const [summaryQ, textQ, recordsQ, correctionsQ, historyQ] = results;
  const summary = summaryQ.data as ApiOutput<'docs.get'> | undefined;
  const text = textQ.data as ApiOutput<'docs.text'> | undefined;
  const records = recordsQ.data as RecordView[] | undefined;
  const corrections = correctionsQ.data as CorrectionView[] | undefined;
  const history = historyQ.data as HistoryView | undefined;
  const refreshing = results.some((r) => r.isFetching);
  const error = results.find((r) => r.error)?.error ?? null;

  // The text's index is built once per text read (it walks the whole text); its raw ↔ corrected map comes
  // with it from the service (docs.text), so text and map are always of one version.
  const shown = useMemo(() => (docId !== null && text && text.view === view ? makeShownText(docId, text) : null), [docId, view, text]);
  const active = useMemo(() => corrections?.filter((c) => c.state === 'active'), [corrections]);

  const whole = useMemo<OpenDocument | null>(() => (summary && shown && records && active && history
    ? { summary, shown, records, corrections: active, history } : null), [summary, shown, records, active, history]);

  // The last whole set, kept while parts of it are re-read (and, as before, while another document or view
  // loads: the text pane says it is loading, and nothing from two versions is ever mixed).
  const kept = useRef<OpenDocument | null>(null);
  if (docId === null) kept.current = null;
  else if (whole && !refreshing) kept.current = whole;
  return { open: kept.current, refreshing, error };
}
