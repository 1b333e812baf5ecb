import { useCallback, useDeferredValue, useMemo, useReducer, useRef, useState } from 'react';
import type { RecordView } from '../../shared/api/views.ts';
import { useApi } from '../api/ApiContext.tsx';
import { codebookTerms } from '../assistant/codebook/codebookTerms.ts';
import { useCodebook } from '../assistant/codebook/useCodebook.ts';
import { suggestionIdOfOverlay } from '../assistant/suggestionOverlays.ts';
import { useChecks } from '../assistant/useChecks.ts';
import { useRevealSuggestion } from '../assistant/useRevealSuggestion.ts';
import { useSuggestionQueue } from '../assistant/useSuggestionQueue.ts';
import type { ReportEditorHandle } from '../editor/ReportEditor.tsx';
import { useTextDecorations } from '../editor/useTextDecorations.ts';
import { useRecordEditing } from '../extraction/useRecordEditing.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { neighbourRecord } from '../records/recordQuery.ts';
import { useRecordTables } from '../records/useRecordTables.ts';
import { FINDING_OVERLAY_PREFIX } from '../repair/spanRanges.ts';
import { useRepairs } from '../repair/useRepairs.ts';
import { secondReviewerBlocks } from '../settings/secondReviewer.ts';
import { useTheme } from '../settings/useTheme.ts';
import { useReviewerName } from '../state/useReviewerName.ts';
import { useSaveStatus } from '../state/useSaveStatus.ts';
import { distinctValues } from '../state/distinctValues.ts';
import { layeredLookup, recordIndexer } from '../state/recordIndex.ts';
import { useWorkbenchData } from '../state/useWorkbenchData.ts';
import type { TextView } from '../text/shownText.ts';
import { INITIAL_UI, uiReducer } from './uiStore.ts';
import { useRecordActions } from './useRecordActions.ts';

/**
 * The features of the window, composed: server data (useWorkbenchData, through the query cache), the UI store (uiStore.ts), and each
 * feature's own state (the Record tab's form, the records tables, repairs, suggestions, checks, the text's
 * decorations). App.tsx lays them out; useWorkbenchKeys.ts binds the keyboard and the menu to them.
 */
export function useWorkbench() {
  const api = useApi();
  const { t } = useI18n();
  const [reviewer, setReviewer] = useReviewerName();
  const save = useSaveStatus();
  const data = useWorkbenchData(save.showError);
  const actions = useRecordActions(api, reviewer, save);
  const [ui, dispatch] = useReducer(uiReducer, INITIAL_UI);
  const editorRef = useRef<ReportEditorHandle>(null);
  const indicatorRef = useRef<HTMLInputElement>(null);
  const { open, docId, openDocument: showDocument } = data;
  const inDocument = ui.mode === 'document';

  const [theme, setTheme] = useTheme();
  const codebook = useCodebook(api, save.showError);
  const checks = useChecks(api, save.showError, reviewer, data.textFirst);
  const repairs = useRepairs(api, reviewer, save, data, ui.sideTab === 'repairs' && inDocument);

  // What is derived from whole records lists follows a save one render later (the tables' rows and the indicator
  // names), so the text shows the new highlight first; the index by id follows each save by the records it changed.
  const docRecords = useDeferredValue(useMemo(() => open?.records ?? [], [open]));
  const allRecords = useDeferredValue(useMemo(() => data.allRecords ?? [], [data.allRecords]));
  const [indexDocRecords] = useState(recordIndexer);
  const [indexAllRecords] = useState(recordIndexer);
  const docIndex = useMemo(() => indexDocRecords(open?.records ?? NO_RECORDS), [indexDocRecords, open]);
  const allIndex = useMemo(() => indexAllRecords(data.allRecords ?? NO_RECORDS), [indexAllRecords, data.allRecords]);
  const recordsById = useMemo(() => layeredLookup(docIndex, allIndex), [docIndex, allIndex]);
  // The selected record as the text on screen has it (its spans are drawn there), else from the project's list.
  const { selectedRecordId } = ui;
  const selectedRecord = useMemo(() => (selectedRecordId ? recordsById.get(selectedRecordId) ?? null : null), [selectedRecordId, recordsById]);
  // The indicator names of both lists follow a save by the records it changed (distinctValues.ts).
  const [docNamesOf] = useState(() => distinctValues(indicatorOf, nameOrder));
  const [allNamesOf] = useState(() => distinctValues(indicatorOf, nameOrder));
  const docNames = useMemo(() => docNamesOf(docRecords).values, [docNamesOf, docRecords]);
  const allNames = useMemo(() => allNamesOf(allRecords).values, [allNamesOf, allRecords]);
  const indicators = useMemo(() => [...new Set([...allNames, ...docNames, ...codebookTerms(codebook.codebook)])].sort(nameOrder),
    [allNames, docNames, codebook.codebook]);
  const documentTitles = useMemo(() => new Map((data.docs ?? []).map((d) => [d.docId, d.title || d.fileName])), [data.docs]);

  // A document whose audit log is damaged opened read-only (ReadOnlyBanner says why): its editing actions are
  // disabled, and a key that would change it says so instead of asking the services to refuse.
  const readOnly = inDocument && open !== null && open.shown.docId === docId && open.summary.readOnly !== undefined;

  const requireReviewer = useCallback(() => {
    if (readOnly) {
      save.showError(t('readOnly.refused'));
      return false;
    }
    if (reviewer) return true;
    dispatch({ type: 'dialog', dialog: 'reviewer' });
    return false;
  }, [reviewer, readOnly, save, t]);

  const editing = useRecordEditing({ open, selectedRecord, actions, save, requireReviewer, dispatch, editorRef, indicatorRef });
  const tables = useRecordTables({ docId, docRecords, allRecords, mode: ui.mode, actions, requireReviewer });

  // The open document's suggestion queue (re-read when a change makes it stale: see renderer/api/cacheEffects.ts).
  const suggestionsShown = ui.sideTab === 'suggestions' && inDocument;
  // Read once the document's text is on screen: their analysis must not hold up the text.
  const suggestions = useSuggestionQueue({ api, docId: open?.shown.docId === docId ? docId : null, reviewer, requireReviewer, add: actions.add, save });
  useRevealSuggestion(editorRef, open?.shown ?? null, suggestions.current, suggestionsShown);

  const findings = useMemo(() => ({ list: repairs.findings, fresh: repairs.findingsFresh, currentId: repairs.currentId }),
    [repairs.findings, repairs.findingsFresh, repairs.currentId]);
  const suggestionMarks = useMemo(() => ({ queue: suggestions.queue, currentId: suggestions.current?.id ?? null }), [suggestions.queue, suggestions.current]);
  const decorations = useTextDecorations({ open, ui, dispatch, selectedRecord, recordsById, findings, suggestions: suggestionMarks, editorRef });

  /** Selects a record and shows its evidence, opening its document first if needed. */
  const goToRecord = useCallback((record: RecordView) => {
    dispatch({ type: 'goToRecord', recordId: record.id });
    if (docId !== record.docId) showDocument(record.docId);
  }, [docId, showDocument]);

  const openDocument = useCallback((id: string) => {
    dispatch({ type: 'mode', mode: 'document' });
    showDocument(id);
  }, [showDocument]);

  const moveSelection = useCallback((step: 1 | -1) => {
    const next = neighbourRecord(tables.shownRows, ui.selectedRecordId, step);
    if (next) goToRecord(next);
  }, [tables.shownRows, ui.selectedRecordId, goToRecord]);

  const undoRedo = useCallback((direction: 'undo' | 'redo') => {
    if (!docId) return save.showError(t('error.noDocument'));
    // Like the disabled buttons: a key press with nothing to undo is not an error worth a banner.
    const history = open?.shown.docId === docId ? open.history : null;
    if (!history || !(direction === 'undo' ? history.canUndo : history.canRedo)) return;
    if (!requireReviewer()) return;
    void (direction === 'undo' ? actions.undo(docId) : actions.redo(docId));
  }, [docId, open, requireReviewer, actions, save, t]);

  // The three text views (Diff is the raw text with the corrections drawn over it).
  const { setTextView } = data;
  const changeTextView = useCallback((view: TextView | 'diff') => {
    dispatch({ type: 'textView', diff: view === 'diff', corrected: view === 'corrected' });
    setTextView(view === 'diff' ? 'raw' : view);
  }, [setTextView]);

  const toggleEditMode = useCallback(() => {
    if (ui.editMode) return dispatch({ type: 'editMode', on: false });
    if (!docId) return save.showError(t('error.noDocument'));
    if (!requireReviewer()) return;
    setTextView('corrected');
    dispatch({ type: 'editMode', on: true });
    requestAnimationFrame(() => editorRef.current?.focus());
  }, [ui.editMode, docId, requireReviewer, setTextView, save, t]);

  const { select: selectSuggestion } = suggestions;
  const { setCurrentId: setCurrentFinding } = repairs;
  const onOverlayClick = useCallback((id: string) => {
    const suggestionId = suggestionIdOfOverlay(id);
    if (suggestionId) return selectSuggestion(suggestionId);
    if (!id.startsWith(FINDING_OVERLAY_PREFIX)) return;
    dispatch({ type: 'sideTab', tab: 'repairs' });
    setCurrentFinding(id.slice(FINDING_OVERLAY_PREFIX.length));
  }, [setCurrentFinding, selectSuggestion]);

  const verifyBlockedReason = selectedRecord && secondReviewerBlocks(data.project?.settings, reviewer, selectedRecord.createdBy)
    ? t('settings.verifyBlocked', { name: selectedRecord.createdBy }) : null;

  return {
    api, reviewer, setReviewer, save, data, actions, ui, dispatch, editorRef, indicatorRef, theme, setTheme,
    codebook, checks, repairs, suggestions, suggestionsShown, editing, tables, decorations,
    docRecords, allRecords, recordsById, selectedRecord, indicators, documentTitles, verifyBlockedReason,
    readOnly, requireReviewer, goToRecord, openDocument, moveSelection, undoRedo, changeTextView, toggleEditMode, onOverlayClick,
    busy: save.state === 'saving',
    /** Editing actions of the open document wait (saving) or are off (read-only). */
    editingOff: save.state === 'saving' || readOnly,
  };
}

export type Workbench = ReturnType<typeof useWorkbench>;

const NO_RECORDS: readonly RecordView[] = [];
const indicatorOf = (r: RecordView) => [r.indicator];
const nameCollator = new Intl.Collator('zh-CN');
/** The names' order for the autocomplete: the collator's, ties broken so each name has one place. */
const nameOrder = (a: string, b: string) => nameCollator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

