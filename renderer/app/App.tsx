import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RecordView } from '../../shared/api/views.ts';
import { useApi } from '../api/ApiContext.tsx';
import { DocumentDetailsDialog } from '../documents/DocumentDetailsDialog.tsx';
import { DocumentList } from '../documents/DocumentList.tsx';
import { buildRecordTooltip } from '../editor/recordTooltip.ts';
import { highlightsFromRecords } from '../editor/highlightRanges.ts';
import type { ReportEditorHandle, TextRange } from '../editor/ReportEditor.tsx';
import { TextPane } from '../editor/TextPane.tsx';
import { ExtractionSide } from '../extraction/ExtractionSide.tsx';
import { MAX_PREFILL_LENGTH, prefillFromSelection } from '../extraction/prefillFromSelection.ts';
import { changeKind, draftFromRecord, draftToFields, EMPTY_DRAFT, missingYear, type RecordDraft } from '../extraction/recordDraft.ts';
import { HelpSheet } from '../help/HelpSheet.tsx';
import { useI18n } from '../i18n/I18nContext.tsx';
import { IS_MAC } from '../keyboard/platform.ts';
import { useGlobalShortcuts } from '../keyboard/useGlobalShortcuts.ts';
import type { InlineField } from '../records/RecordsTable.tsx';
import { RecordsTable } from '../records/RecordsTable.tsx';
import {
  DEFAULT_SORT, filterRecords, neighbourRecord, NO_FILTER, sortRecords, toggleSort, type RecordFilter, type RecordSort, type SortColumn,
} from '../records/recordQuery.ts';
import { ReviewerDialog } from '../reviewer/ReviewerDialog.tsx';
import { useReviewerName } from '../state/useReviewerName.ts';
import { useSaveStatus } from '../state/useSaveStatus.ts';
import { useWorkbenchData } from '../state/useWorkbenchData.ts';
import { addSpan } from '../text/evidenceSpans.ts';
import { evidenceRange, selectionToRawSpan, type TextView } from '../text/shownText.ts';
import { ExportDialog } from '../transfer/ExportDialog.tsx';
import { ImportDialog } from '../transfer/ImportDialog.tsx';
import { FINDING_OVERLAY_PREFIX, findingOverlays, rangeInShown, type SpanRef } from '../repair/spanRanges.ts';
import { diffMarksFromCorrections } from '../repair/diffMarks.ts';
import { RepairsPanel } from '../repair/RepairsPanel.tsx';
import { useRepairs } from '../repair/useRepairs.ts';
import { buildCodePointCorrectionMap } from '../text/correctionMap.ts';
// assistant
import { ChecksPanel } from '../assistant/ChecksPanel.tsx';
import { CodebookDialog } from '../assistant/codebook/CodebookDialog.tsx';
import { codebookTerms } from '../assistant/codebook/codebookTerms.ts';
import { useCodebook } from '../assistant/codebook/useCodebook.ts';
import { SuggestionsPanel } from '../assistant/SuggestionsPanel.tsx';
import { suggestionIdOfOverlay, suggestionOverlays, suggestionRange } from '../assistant/suggestionOverlays.ts';
import { suggestionShortcutHandlers } from '../assistant/suggestionShortcuts.ts';
import { useChecks } from '../assistant/useChecks.ts';
import { useRevealSuggestion } from '../assistant/useRevealSuggestion.ts';
import { useSuggestionQueue } from '../assistant/useSuggestionQueue.ts';
import { HeaderMenu } from '../settings/HeaderMenu.tsx';
import { ProjectSettingsDialog } from '../settings/ProjectSettingsDialog.tsx';
import { secondReviewerBlocks } from '../settings/secondReviewer.ts';
import { useTheme } from '../settings/useTheme.ts';
import { openTextSearch, undoInFocusedField } from './menuEditing.ts';
import { useMenuEvents } from './useMenuEvents.ts';
import { ErrorBanner } from './ErrorBanner.tsx';
import { SideTabStrip } from './SideTabStrip.tsx';
import type { SideTab } from './sideTabs.ts';
import { Header, type WorkbenchMode } from './Header.tsx';
import { useRecordActions, type SettableStatus } from './useRecordActions.ts';

type DialogName = 'help' | 'import' | 'export' | 'reviewer' | 'codebook' | 'settings' | 'docDetails';

const QUOTE_PREVIEW = 400;

/** The workbench: wires the project data, the three panes, the dialogs and the keyboard together. */
export function App() {
  const api = useApi();
  const { t, formatDateTime } = useI18n();
  const [reviewer, setReviewer] = useReviewerName();
  const save = useSaveStatus();
  const data = useWorkbenchData(api, save.showError);
  const actions = useRecordActions(api, reviewer, save, data);
  const { open, docId, openDocument: showDocument } = data;

  const [mode, setMode] = useState<WorkbenchMode>('document');
  const [dialog, setDialog] = useState<DialogName | null>(null);
  const [selectedRecordId, setSelectedRecordId] = useState<string | null>(null);
  const [selection, setSelection] = useState<TextRange | null>(null);
  const [draft, setDraft] = useState<RecordDraft>(EMPTY_DRAFT);
  const [editingRecordId, setEditingRecordId] = useState<string | null>(null);
  const [docQuery, setDocQuery] = useState<{ filter: RecordFilter; sort: RecordSort }>({ filter: NO_FILTER, sort: DEFAULT_SORT });
  const [projectQuery, setProjectQuery] = useState<{ filter: RecordFilter; sort: RecordSort }>({ filter: NO_FILTER, sort: DEFAULT_SORT });
  const [docChecked, setDocChecked] = useState<Set<string>>(new Set());
  const [projectChecked, setProjectChecked] = useState<Set<string>>(new Set());
  // An object, so asking twice for the same record reveals it twice.
  const [pendingReveal, setPendingReveal] = useState<{ recordId: string } | null>(null);
  const editorRef = useRef<ReportEditorHandle>(null);
  const indicatorRef = useRef<HTMLInputElement>(null);
  // repair: the side tab, the diff view (drawn over the raw text) and edit mode (typing in the corrected text)
  const [sideTab, setSideTab] = useState<SideTab>('record');
  const [showDiff, setShowDiff] = useState(false);
  const [editMode, setEditMode] = useState(false);
  const repairs = useRepairs(api, reviewer, save, data, sideTab === 'repairs' && mode === 'document');
  // assistant: the theme, the codebook (autocomplete, suggestions) and the project-wide consistency checks
  const [theme, setTheme] = useTheme();
  const codebook = useCodebook(api, save.showError);
  const checks = useChecks(api, data.allRecords, save.showError, reviewer);

  const docRecords = useMemo(() => open?.records ?? [], [open]);
  const allRecords = useMemo(() => data.allRecords ?? [], [data.allRecords]);
  const docRows = useMemo(() => sortRecords(filterRecords(docRecords, docQuery.filter), docQuery.sort), [docRecords, docQuery]);
  const projectRows = useMemo(() => sortRecords(filterRecords(allRecords, projectQuery.filter), projectQuery.sort), [allRecords, projectQuery]);
  const recordsById = useMemo(() => new Map([...allRecords, ...docRecords].map((r) => [r.id, r])), [allRecords, docRecords]);
  const selectedRecord = selectedRecordId ? recordsById.get(selectedRecordId) ?? null : null;
  const editingRecord = editingRecordId ? recordsById.get(editingRecordId) ?? null : null;

  const indicators = useMemo(() => {
    const names = new Set<string>();
    for (const r of allRecords) names.add(r.indicator);
    for (const r of docRecords) names.add(r.indicator);
    for (const term of codebookTerms(codebook.codebook)) names.add(term);
    return [...names].sort(new Intl.Collator('zh-CN').compare);
  }, [allRecords, docRecords, codebook.codebook]);
  const documentTitles = useMemo(() => new Map((data.docs ?? []).map((d) => [d.docId, d.title || d.fileName])), [data.docs]);

  // Highlights are computed only from records of the document on screen, so offsets always match the text.
  const highlights = useMemo(() => (open ? highlightsFromRecords(open.records, open.shown) : []), [open]);
  const selectedRanges = useMemo(() => {
    if (!open || !selectedRecord || selectedRecord.docId !== open.shown.docId) return [];
    return selectedRecord.evidence.map((e) => evidenceRange(open.shown, e)).filter((r): r is TextRange => r !== null);
  }, [open, selectedRecord]);

  // repair: raw ↔ corrected code points of the open document, for spans given in the other view's terms.
  const correctionsShown = open?.corrections;
  const rawLength = open?.summary.length ?? 0;
  const positionMap = useMemo(() => (correctionsShown ? buildCodePointCorrectionMap(rawLength, correctionsShown) : null), [rawLength, correctionsShown]);
  const { findings, findingsFresh, currentId: currentFindingId, setCurrentId: setCurrentFinding } = repairs;
  // Other features' overlays (suggestions…) join this list; each feature prefixes its overlay ids.
  // The span last shown from the Repairs tab (a candidate, a correction), outlined until another one is.
  const [revealedSpan, setRevealedSpan] = useState<SpanRef | null>(null);
  useEffect(() => setRevealedSpan(null), [docId]);
  const overlays = useMemo(() => {
    if (!open || sideTab !== 'repairs') return [];
    const list = findings && findingsFresh
      ? findingOverlays(open.shown, positionMap, findings, currentFindingId, (f) => `${t(`repairKind.${f.type}`)}: ${f.reason}`)
      : [];
    const revealed = revealedSpan ? rangeInShown(open.shown, positionMap, revealedSpan) : null;
    return revealed && revealed.to > revealed.from ? [...list, { ...revealed, className: 'ov-revealed' }] : list;
  }, [open, sideTab, findings, findingsFresh, currentFindingId, positionMap, revealedSpan, t]);
  // The diff view is computed only while shown, from the corrections themselves (see diffMarks.ts).
  const shownText = open?.shown;
  const diffMarks = useMemo(() => (showDiff && shownText?.view === 'raw' && correctionsShown
    ? diffMarksFromCorrections(shownText.text, shownText.index, correctionsShown)
    : null), [showDiff, shownText, correctionsShown]);
  const editable = editMode && open?.shown.view === 'corrected';

  // A new document or view invalidates the selection (the editor resets it too) and the checked rows.
  const shownKey = open ? `${open.shown.docId}:${open.shown.view}` : '';
  useEffect(() => setSelection(null), [shownKey]);
  // Another document: a half-filled form or an edit belongs to the previous one.
  useEffect(() => {
    setEditingRecordId(null);
    setDraft(EMPTY_DRAFT);
  }, [docId]);
  useEffect(() => setDocChecked(new Set()), [docId]);

  /**
   * Selects a record and shows its evidence, opening its document first if needed. The reveal waits for a
   * render in which the text pane is visible and holds the record's document.
   */
  const goToRecord = useCallback((record: RecordView) => {
    setSelectedRecordId(record.id);
    setMode('document');
    setPendingReveal({ recordId: record.id });
    if (docId !== record.docId) showDocument(record.docId);
  }, [docId, showDocument]);

  useEffect(() => {
    if (!pendingReveal || !open || mode !== 'document') return;
    const record = open.records.find((r) => r.id === pendingReveal.recordId);
    if (!record) return;
    setPendingReveal(null);
    const range = record.evidence.map((e) => evidenceRange(open.shown, e)).find((r) => r !== null);
    if (range) editorRef.current?.reveal(range);
  }, [pendingReveal, open, mode]);

  const onSelect = useCallback((range: TextRange | null) => {
    const text = open?.shown.text ?? '';
    // Blank lines swept up by a click or drag are not a passage.
    const passage = range && text.slice(range.from, Math.min(range.to, range.from + MAX_PREFILL_LENGTH)).trim() ? range : null;
    setSelection(passage);
    if (!passage || !open || editingRecordId) return;
    if (passage.to - passage.from > MAX_PREFILL_LENGTH) return;
    setDraft((previous) => prefillFromSelection(text, passage.from, passage.to, open.summary, previous));
  }, [open, editingRecordId]);

  /** The selection as raw evidence, or an error shown to the reviewer. */
  const selectedSpan = useCallback(() => {
    if (!open || !selection) {
      save.showError(t('error.noSelection'));
      return null;
    }
    const span = selectionToRawSpan(open.shown, selection.from, selection.to);
    if (span.ok) return { start: span.start, end: span.end };
    save.showError(t(span.reason === 'insideInsertion' ? 'error.insideInsertion' : span.reason === 'stale' ? 'error.staleText' : 'error.noSelection'));
    return null;
  }, [open, selection, save, t]);

  const requireReviewer = useCallback(() => {
    if (reviewer) return true;
    setDialog('reviewer');
    return false;
  }, [reviewer]);

  // assistant: the open document's suggestion queue, re-read with its records and after codebook changes
  const suggestionsShown = sideTab === 'suggestions' && mode === 'document';
  const suggestionsVersion = useMemo(() => ({ records: open?.records, codebook: codebook.codebook }), [open?.records, codebook.codebook]);
  const suggestions = useSuggestionQueue({
    api, docId, version: suggestionsVersion, reviewer, requireReviewer, add: actions.add, save, documentChanged: data.documentChanged,
  });
  useRevealSuggestion(editorRef, open?.shown ?? null, suggestions.current, suggestionsShown);
  const textOverlays = useMemo(() => (suggestionsShown
    ? [...overlays, ...suggestionOverlays(suggestions.queue, suggestions.current?.id ?? null, open?.shown ?? null)]
    : overlays), [overlays, suggestionsShown, suggestions.queue, suggestions.current, open?.shown]);
  const verifyBlockedReason = selectedRecord && secondReviewerBlocks(data.project?.settings, reviewer, selectedRecord.createdBy)
    ? t('settings.verifyBlocked', { name: selectedRecord.createdBy }) : null;

  const saveDraft = useCallback(async (verify: boolean) => {
    if (!requireReviewer()) return;
    if (missingYear(draft)) return save.showError(t('error.yearRequired'));
    if (editingRecord) {
      const updated = await actions.update(editingRecord, { fields: draftToFields(draft) });
      if (!updated) return;
      if (verify && updated.status !== 'verified') await actions.setStatus(updated, 'verified');
      setEditingRecordId(null);
      setDraft(EMPTY_DRAFT);
      return;
    }
    if (!open) return save.showError(t('error.noDocument'));
    const span = selectedSpan();
    if (!span) return;
    const record = await actions.add(open.shown.docId, [span], draftToFields(draft), verify);
    if (!record) return;
    setSelectedRecordId(record.id);
    setDraft(EMPTY_DRAFT);
    setSelection(null);
    editorRef.current?.collapseSelection();
  }, [requireReviewer, editingRecord, actions, draft, open, save, t, selectedSpan]);

  const setStatus = useCallback((status: SettableStatus) => {
    if (!selectedRecord) return save.showError(t('error.noRecord'));
    if (requireReviewer()) void actions.setStatus(selectedRecord, status);
  }, [selectedRecord, requireReviewer, actions, save, t]);

  const replaceEvidence = useCallback((extend: boolean) => {
    if (!selectedRecord || !requireReviewer()) return;
    const span = selectedSpan();
    if (!span) return;
    const evidence = extend ? addSpan(selectedRecord.evidence, span) : [span];
    void actions.update(selectedRecord, { evidence }).then((updated) => {
      if (updated) {
        setSelection(null);
        editorRef.current?.collapseSelection();
      }
    });
  }, [selectedRecord, requireReviewer, selectedSpan, actions]);

  const startEdit = useCallback(() => {
    if (!selectedRecord) return save.showError(t('error.noRecord'));
    if (mode !== 'document') setMode('document');
    // The form lives on the Record tab.
    setSideTab('record');
    setEditingRecordId(selectedRecord.id);
    setDraft(draftFromRecord(selectedRecord));
    requestAnimationFrame(() => indicatorRef.current?.focus());
  }, [selectedRecord, mode, save, t]);

  const cancelEdit = useCallback(() => {
    setEditingRecordId(null);
    setDraft(EMPTY_DRAFT);
  }, []);

  const onInlineEdit = useCallback((record: RecordView, field: InlineField, value: string) => {
    if (requireReviewer()) void actions.update(record, { fields: { [field]: value } });
  }, [requireReviewer, actions]);

  const onBulkStatus = useCallback((status: 'verified' | 'rejected') => {
    if (!requireReviewer()) return;
    const inProject = mode === 'project';
    const checked = inProject ? projectChecked : docChecked;
    const rows = (inProject ? projectRows : docRows).filter((r) => checked.has(r.id) && !(status === 'verified' && r.status === 'orphaned'));
    void actions.setStatusOfMany(rows, status).then(() => (inProject ? setProjectChecked(new Set()) : setDocChecked(new Set())));
  }, [requireReviewer, mode, projectChecked, docChecked, projectRows, docRows, actions]);

  const undoRedo = useCallback((direction: 'undo' | 'redo') => {
    if (!docId) return save.showError(t('error.noDocument'));
    // Like the disabled buttons: a key press with nothing to undo is not an error worth a banner.
    const history = open?.shown.docId === docId ? open.history : null;
    if (!history || !(direction === 'undo' ? history.canUndo : history.canRedo)) return;
    if (!requireReviewer()) return;
    void (direction === 'undo' ? actions.undo(docId) : actions.redo(docId));
  }, [docId, open, requireReviewer, actions, save, t]);

  // repair: the three text views (Diff is the raw text with the corrections drawn over it).
  const { setTextView } = data;
  const changeTextView = useCallback((view: TextView | 'diff') => {
    setShowDiff(view === 'diff');
    // Edit mode types into the corrected text only.
    if (view !== 'corrected') setEditMode(false);
    setTextView(view === 'diff' ? 'raw' : view);
  }, [setTextView]);

  const toggleEditMode = useCallback(() => {
    if (editMode) return setEditMode(false);
    if (!docId) return save.showError(t('error.noDocument'));
    if (!requireReviewer()) return;
    setMode('document');
    setShowDiff(false);
    setTextView('corrected');
    setEditMode(true);
    requestAnimationFrame(() => editorRef.current?.focus());
  }, [editMode, docId, requireReviewer, setTextView, save, t]);

  const revealSpan = useCallback((span: SpanRef, outline = true) => {
    const range = open ? rangeInShown(open.shown, positionMap, span) : null;
    if (range) editorRef.current?.scrollTo(range);
    // A finding has its own overlay; anything else is outlined while it is the one shown.
    setRevealedSpan(outline ? span : null);
  }, [open, positionMap]);

  const { select: selectSuggestion } = suggestions;
  const onOverlayClick = useCallback((id: string) => {
    const suggestionId = suggestionIdOfOverlay(id);
    if (suggestionId) return selectSuggestion(suggestionId);
    if (!id.startsWith(FINDING_OVERLAY_PREFIX)) return;
    setSideTab('repairs');
    setCurrentFinding(id.slice(FINDING_OVERLAY_PREFIX.length));
  }, [setCurrentFinding, selectSuggestion]);

  const moveSelection = useCallback((step: 1 | -1) => {
    const next = neighbourRecord(mode === 'project' ? projectRows : docRows, selectedRecordId, step);
    if (next) goToRecord(next);
  }, [mode, projectRows, docRows, selectedRecordId, goToRecord]);

  const focusIndicator = useCallback(() => {
    if (mode !== 'document') setMode('document');
    setSideTab('record');
    requestAnimationFrame(() => indicatorRef.current?.focus());
  }, [mode]);

  const openDocument = useCallback((id: string) => {
    setMode('document');
    showDocument(id);
  }, [showDocument]);

  const tooltipFor = useCallback((ids: readonly string[]) => {
    const records = ids.map((id) => recordsById.get(id)).filter((r): r is RecordView => r !== undefined);
    return records.length ? buildRecordTooltip(records, t, formatDateTime) : null;
  }, [recordsById, t, formatDateTime]);

  const onHighlightClick = useCallback((recordId: string) => setSelectedRecordId(recordId), []);

  const needsReviewer = reviewer === null;
  useGlobalShortcuts({
    help: () => setDialog('help'),
    nextRecord: () => moveSelection(1),
    previousRecord: () => moveSelection(-1),
    verify: () => setStatus('verified'),
    reject: () => setStatus('rejected'),
    reopen: () => setStatus('draft'),
    edit: startEdit,
    focusIndicator,
    toggleText: () => changeTextView(showDiff || data.textView === 'raw' ? 'corrected' : 'raw'),
    toggleEditMode,
    documentMode: () => setMode('document'),
    projectMode: () => setMode('project'),
    undo: () => undoRedo('undo'),
    redo: () => undoRedo('redo'),
    // assistant
    ...suggestionShortcutHandlers(suggestions, suggestionsShown, () => {
      setMode('document');
      setSideTab('suggestions');
    }),
    escape: () => {
      if (save.error) save.dismissError();
      else if (editingRecordId) cancelEdit();
      else if (suggestionsShown && suggestions.editing) suggestions.cancelEdit();
    },
  }, dialog === null && !needsReviewer);

  // assistant: the Electron menu's commands (absent in browser mode)
  const { reloadDocs, reloadAllRecords } = data;
  useMenuEvents({
    undo: () => undoInFocusedField('undo') || undoRedo('undo'),
    redo: () => undoInFocusedField('redo') || undoRedo('redo'),
    find: () => {
      setMode('document');
      openTextSearch();
    },
    'view:raw': () => changeTextView('raw'),
    'view:corrected': () => changeTextView('corrected'),
    'theme:light': () => setTheme('light'),
    'theme:dark': () => setTheme('dark'),
    'theme:system': () => setTheme('system'),
    'docs:changed': () => {
      void reloadDocs();
      void reloadAllRecords();
    },
  });

  const changeDocSort = useCallback((column: SortColumn) => setDocQuery((q) => ({ ...q, sort: toggleSort(q.sort, column) })), []);
  const changeProjectSort = useCallback((column: SortColumn) => setProjectQuery((q) => ({ ...q, sort: toggleSort(q.sort, column) })), []);
  const changeDocFilter = useCallback((filter: RecordFilter) => setDocQuery((q) => ({ ...q, filter })), []);
  const changeProjectFilter = useCallback((filter: RecordFilter) => setProjectQuery((q) => ({ ...q, filter })), []);

  const busy = save.state === 'saving';
  const selectionText = open && selection ? open.shown.text.slice(selection.from, Math.min(selection.to, selection.from + QUOTE_PREVIEW)) : null;
  const selectionLength = selection ? selection.to - selection.from : 0;
  const formQuote = editingRecord
    ? editingRecord.evidence.map((e) => e.correctedQuote || e.quote).join(' … ')
    : selectionText === null ? null : selectionLength > QUOTE_PREVIEW ? `${selectionText}…` : selectionText;
  const formHint = selectionLength > MAX_PREFILL_LENGTH ? t('form.selectionTooLong', { n: selectionLength }) : t('form.noSelection');

  return (
    <div className={`app mode-${mode}`}>
      <Header
        projectName={data.project?.name ?? null}
        saveState={save.state}
        mode={mode}
        onModeChange={setMode}
        textView={showDiff ? 'diff' : data.textView}
        onTextViewChange={changeTextView}
        history={open?.history ?? null}
        onUndo={() => undoRedo('undo')}
        onRedo={() => undoRedo('redo')}
        onImport={() => setDialog('import')}
        onExport={() => setDialog('export')}
        onHelp={() => setDialog('help')}
        reviewer={reviewer}
        onChangeReviewer={() => setDialog('reviewer')}
        tools={<HeaderMenu theme={theme} onThemeChange={setTheme} onCodebook={() => setDialog('codebook')} onSettings={() => setDialog('settings')} />}
      />
      <ErrorBanner message={save.error} onDismiss={save.dismissError} />
      <main className="workspace">
        <DocumentList docs={data.docs} currentDocId={docId} onOpen={openDocument} onImport={() => setDialog('import')} onEditDetails={() => setDialog('docDetails')} />
        <div className="document-workspace" hidden={mode !== 'document'}>
          <TextPane
            summary={open?.summary ?? null}
            hasDocument={docId !== null}
            loading={docId !== null && open?.shown.docId !== docId}
            editorRef={editorRef}
            shown={open?.shown ?? null}
            highlights={highlights}
            selectedRanges={selectedRanges}
            onSelect={onSelect}
            onHighlightClick={onHighlightClick}
            onEnterWithSelection={focusIndicator}
            tooltipFor={tooltipFor}
            overlays={textOverlays}
            onOverlayClick={onOverlayClick}
            diff={diffMarks}
            editable={editable}
            onToggleEdit={toggleEditMode}
            onCommitEdits={repairs.commitEdits}
            onUndo={() => undoRedo('undo')}
            onRedo={() => undoRedo('redo')}
          />
          <div className="side-column">
            <SideTabStrip current={sideTab} onChange={setSideTab} badges={{ repairs: findings?.length ?? 0, suggestions: suggestions.queue.length, checks: checks.findings?.length ?? 0 }} />
            <div className="side-panel" role="tabpanel" id="side-panel-record" aria-labelledby="side-tab-record" hidden={sideTab !== 'record'}>
              <ExtractionSide
                selectedRecord={selectedRecord && selectedRecord.docId === docId ? selectedRecord : null}
                hasSelection={selection !== null}
                busy={busy}
                verifyBlockedReason={verifyBlockedReason}
                onStatus={setStatus}
                onEdit={startEdit}
                onUseSelection={() => replaceEvidence(false)}
                onAddSelection={() => replaceEvidence(true)}
                onShowEvidence={() => selectedRecord && goToRecord(selectedRecord)}
                form={{
                  draft,
                  onChange: setDraft,
                  onKindChange: (kind) => setDraft((d) => changeKind(d, kind, open?.summary ?? null)),
                  mode: editingRecord ? 'edit' : 'new',
                  quote: formQuote,
                  hint: formHint,
                  indicators,
                  busy,
                  onSave: (verify) => void saveDraft(verify),
                  onCancelEdit: cancelEdit,
                  onClear: () => setDraft(EMPTY_DRAFT),
                  indicatorRef,
                }}
                table={{
                  variant: 'document',
                  heading: t('table.heading'),
                  rows: docRows,
                  all: docRecords,
                  filter: docQuery.filter,
                  onFilterChange: changeDocFilter,
                  sort: docQuery.sort,
                  onSortChange: changeDocSort,
                  selectedRecordId,
                  onRowClick: goToRecord,
                  checked: docChecked,
                  onCheckedChange: setDocChecked,
                  onBulkStatus,
                  onInlineEdit,
                  emptyMessage: t('table.empty'),
                  busy,
                }}
              />
            </div>
            {sideTab === 'repairs' && (
              <div className="side-panel" role="tabpanel" id="side-panel-repairs" aria-labelledby="side-tab-repairs">
                <RepairsPanel repairs={repairs} busy={busy} recordsById={recordsById} onGoToRecord={goToRecord} reveal={revealSpan} selectionSpan={selectedSpan} />
              </div>
            )}
            {sideTab === 'suggestions' && (
              <div className="side-panel" role="tabpanel" id="side-panel-suggestions" aria-labelledby="side-tab-suggestions">
                <SuggestionsPanel
                  hasDocument={docId !== null}
                  queue={suggestions}
                  busy={busy}
                  indicators={indicators}
                  verifyBlocked={secondReviewerBlocks(data.project?.settings, reviewer, null)}
                  documentYears={open?.summary ?? null}
                  onShowEvidence={(s) => {
                    const range = open ? suggestionRange(open.shown, s) : null;
                    if (range) editorRef.current?.reveal(range);
                  }}
                />
              </div>
            )}
            {sideTab === 'checks' && (
              <div className="side-panel" role="tabpanel" id="side-panel-checks" aria-labelledby="side-tab-checks">
                <ChecksPanel
                  checks={{ ...checks, refresh: () => void reloadAllRecords() }}
                  recordsById={recordsById}
                  documentTitles={documentTitles}
                  selectedRecordId={selectedRecordId}
                  onJump={goToRecord}
                />
              </div>
            )}
          </div>
        </div>
        {mode === 'project' && (
          <div className="project-workspace">
            <RecordsTable
              variant="project"
              heading={t('table.projectHeading')}
              rows={projectRows}
              all={allRecords}
              filter={projectQuery.filter}
              onFilterChange={changeProjectFilter}
              sort={projectQuery.sort}
              onSortChange={changeProjectSort}
              selectedRecordId={selectedRecordId}
              onRowClick={goToRecord}
              checked={projectChecked}
              onCheckedChange={setProjectChecked}
              onBulkStatus={onBulkStatus}
              onInlineEdit={onInlineEdit}
              documentTitles={documentTitles}
              emptyMessage={t('table.emptyProject')}
              busy={busy}
            />
          </div>
        )}
      </main>

      {(needsReviewer || dialog === 'reviewer') && (
        <ReviewerDialog
          current={reviewer}
          onSave={(name) => {
            setReviewer(name);
            setDialog(null);
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {!needsReviewer && dialog === 'help' && <HelpSheet isMac={IS_MAC} onClose={() => setDialog(null)} />}
      {!needsReviewer && dialog === 'docDetails' && open?.summary && reviewer && (
        <DocumentDetailsDialog doc={open.summary} reviewer={reviewer} onSaved={(d) => void data.documentChanged(d.docId)} onClose={() => setDialog(null)} />
      )}
      {!needsReviewer && dialog === 'export' && <ExportDialog onClose={() => setDialog(null)} />}
      {!needsReviewer && dialog === 'codebook' && reviewer && (
        <CodebookDialog saved={codebook.codebook} reviewer={reviewer} onSave={codebook.save} onClose={() => setDialog(null)} />
      )}
      {!needsReviewer && dialog === 'settings' && reviewer && (
        <ProjectSettingsDialog
          project={data.project}
          reviewer={reviewer}
          onChanged={() => void reloadDocs()}
          onOpenCodebook={() => setDialog('codebook')}
          onClose={() => setDialog(null)}
        />
      )}
      {!needsReviewer && dialog === 'import' && reviewer && (
        <ImportDialog
          reviewer={reviewer}
          onClose={() => setDialog(null)}
          onImported={(importedDocId) => {
            void data.reloadDocs();
            if (importedDocId) openDocument(importedDocId);
          }}
        />
      )}
    </div>
  );
}
