import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentSummary, ProjectInfo, RecordView } from '../../shared/api/views.ts';
import { useApiQuery } from '../api/useApiQuery.ts';
import { allOf, exactly } from '../api/queryKeys.ts';
import type { TextView } from '../text/shownText.ts';
import { readSetting, writeSetting } from './localSettings.ts';
import { useOpenDocument, type OpenDocument } from './useOpenDocument.ts';

export type { OpenDocument };

export interface WorkbenchData {
  project: ProjectInfo | null;
  docs: DocumentSummary[] | null;
  docId: string | null;
  textView: TextView;
  open: OpenDocument | null;
  /** True while a part of the open document is being re-read: positions in other lists may be newer than `open`. */
  openRefreshing: boolean;
  /** Every record of the project (project view, indicator suggestions); null until first loaded. */
  allRecords: RecordView[] | null;
  /**
   * False until the open document's text is on screen (or there is none, or it failed): reads that may take long
   * or answer megabytes (every record, suggestions, checks) wait for it, so they never hold up the text.
   */
  textFirst: boolean;
  openDocument(docId: string | null): void;
  setTextView(view: TextView): void;
  /** The main process changed the project behind the window (File → Import reports…): its lists are re-read. */
  projectChanged(): void;
}

/**
 * The project's state as the renderer knows it: reads through the query cache (useApiQuery), kept up to date
 * by the changes themselves (renderer/api/cacheEffects.ts). Answers for another document or view never show.
 */
export function useWorkbenchData(onError: (e: unknown) => void): WorkbenchData {
  const queryClient = useQueryClient();
  const [docId, setDocId] = useState<string | null>(() => readSetting('lastDocId'));
  const [textView, setTextViewState] = useState<TextView>(() => (readSetting('textView') === 'corrected' ? 'corrected' : 'raw'));
  const project = useApiQuery('project.info', {});
  const docs = useApiQuery('docs.list', {});
  const document = useOpenDocument(docId, textView);
  const textSeen = useRef(false);
  if (docId === null || document.open !== null || document.error) textSeen.current = true;
  const allRecords = useApiQuery('records.list', textSeen.current ? {} : null);

  useReportedError(project.error, onError);
  useReportedError(docs.error, onError);
  useReportedError(allRecords.error, onError);
  useReportedError(document.error, onError);
  // A document that no longer exists (deleted on disk, stale remembered id) is simply not opened.
  useEffect(() => {
    if ((document.error as { code?: string } | null)?.code === 'NOT_FOUND') setDocId(null);
  }, [document.error]);

  useEffect(() => writeSetting('lastDocId', docId), [docId]);
  const openDocument = useCallback((id: string | null) => setDocId(id), []);
  const setTextView = useCallback((view: TextView) => {
    writeSetting('textView', view);
    setTextViewState(view);
  }, []);
  const projectChanged = useCallback(() => {
    for (const filter of [exactly('docs.list', {}), exactly('project.info', {}), exactly('records.list', {}), allOf('checks.list')]) void queryClient.invalidateQueries(filter);
  }, [queryClient]);

  return {
    project: project.data ?? null,
    // An unreadable list shows as empty (the banner says why), not as loading for ever.
    docs: docs.data ?? (docs.error ? [] : null),
    docId, textView, open: document.open, openRefreshing: document.refreshing,
    allRecords: allRecords.data ?? null,
    textFirst: textSeen.current,
    openDocument, setTextView, projectChanged,
  };
}

/** A read's failure, shown once in the banner. */
function useReportedError(error: unknown, onError: (e: unknown) => void): void {
  useEffect(() => {
    if (error) onError(error);
  }, [error, onError]);
}
