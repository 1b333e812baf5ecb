import { useCallback, useEffect, useState, type Dispatch, type RefObject } from 'react';
import type { RecordView } from '../../shared/api/views.ts';
import type { UiAction } from '../app/uiStore.ts';
import type { RecordActions, SettableStatus } from '../app/useRecordActions.ts';
import type { ReportEditorHandle, TextRange } from '../editor/ReportEditor.tsx';
import { useI18n } from '../i18n/I18nContext.tsx';
import type { SaveStatus } from '../state/useSaveStatus.ts';
import type { OpenDocument } from '../state/useWorkbenchData.ts';
import { addSpan, type Span } from '../text/evidenceSpans.ts';
import { selectionToRawSpan } from '../text/shownText.ts';
import { MAX_PREFILL_LENGTH, prefillFromSelection } from './prefillFromSelection.ts';
import { changeKind, draftFromRecord, draftToFields, EMPTY_DRAFT, missingYear, type RecordDraft } from './recordDraft.ts';

const QUOTE_PREVIEW = 400;

interface RecordEditingInput {
  open: OpenDocument | null;
  selectedRecord: RecordView | null;
  actions: RecordActions;
  save: SaveStatus;
  requireReviewer(): boolean;
  dispatch: Dispatch<UiAction>;
  editorRef: RefObject<ReportEditorHandle | null>;
  indicatorRef: RefObject<HTMLInputElement | null>;
}

/**
 * The Record tab's state: the text selected, the form's draft (prefilled from the selection), the record being
 * edited, and the commands that turn them into records. The step from a selection to a saved record:
 * onSelect → draft → saveDraft → actions.add (raw code points, see renderer/text/shownText.ts).
 */
export function useRecordEditing({ open, selectedRecord, actions, save, requireReviewer, dispatch, editorRef, indicatorRef }: RecordEditingInput) {
  const { t } = useI18n();
  const [selection, setSelection] = useState<TextRange | null>(null);
  const [draft, setDraft] = useState<RecordDraft>(EMPTY_DRAFT);
  const [editingRecord, setEditingRecord] = useState<RecordView | null>(null);
  const docId = open?.shown.docId ?? null;

  // A new document or view invalidates the selection (the editor resets it too).
  const shownKey = open ? `${open.shown.docId}:${open.shown.view}` : '';
  useEffect(() => setSelection(null), [shownKey]);
  // Another document: a half-filled form or an edit belongs to the previous one.
  useEffect(() => {
    setEditingRecord(null);
    setDraft(EMPTY_DRAFT);
  }, [docId]);

  const onSelect = useCallback((range: TextRange | null) => {
    const text = open?.shown.text ?? '';
    // Blank lines swept up by a click or drag are not a passage.
    const passage = range && text.slice(range.from, Math.min(range.to, range.from + MAX_PREFILL_LENGTH)).trim() ? range : null;
    setSelection(passage);
    if (!passage || !open || editingRecord) return;
    if (passage.to - passage.from > MAX_PREFILL_LENGTH) return;
    setDraft((previous) => prefillFromSelection(text, passage.from, passage.to, open.summary, previous));
  }, [open, editingRecord]);

  /** The selection as raw evidence, or an error shown to the reviewer. */
  const selectedSpan = useCallback((): Span | null => {
    if (!open || !selection) {
      save.showError(t('error.noSelection'));
      return null;
    }
    const span = selectionToRawSpan(open.shown, selection.from, selection.to);
    if (span.ok) return { start: span.start, end: span.end };
    save.showError(t(span.reason === 'insideInsertion' ? 'error.insideInsertion' : span.reason === 'stale' ? 'error.staleText' : 'error.noSelection'));
    return null;
  }, [open, selection, save, t]);

  const forgetSelection = useCallback(() => {
    setSelection(null);
    editorRef.current?.collapseSelection();
  }, [editorRef]);

  const saveDraft = useCallback(async (verify: boolean) => {
    if (!requireReviewer()) return;
    if (missingYear(draft)) return save.showError(t('error.yearRequired'));
    if (editingRecord) {
      const updated = await actions.update(editingRecord, { fields: draftToFields(draft) });
      if (!updated) return;
      if (verify && updated.status !== 'verified') await actions.setStatus(updated, 'verified');
      setEditingRecord(null);
      setDraft(EMPTY_DRAFT);
      return;
    }
    if (!open) return save.showError(t('error.noDocument'));
    const span = selectedSpan();
    if (!span) return;
    const record = await actions.add(open.shown.docId, [span], draftToFields(draft), verify);
    if (!record) return;
    dispatch({ type: 'selectRecord', recordId: record.id });
    setDraft(EMPTY_DRAFT);
    forgetSelection();
  }, [requireReviewer, editingRecord, actions, draft, open, save, t, selectedSpan, dispatch, forgetSelection]);

  const setStatus = useCallback((status: SettableStatus) => {
    if (!selectedRecord) return save.showError(t('error.noRecord'));
    if (requireReviewer()) void actions.setStatus(selectedRecord, status);
  }, [selectedRecord, requireReviewer, actions, save, t]);

  const replaceEvidence = useCallback((extend: boolean) => {
    if (!selectedRecord || !requireReviewer()) return;
    const span = selectedSpan();
    if (!span) return;
    const evidence = extend ? addSpan(selectedRecord.evidence, span) : [span];
    void actions.update(selectedRecord, { evidence }).then((updated) => updated && forgetSelection());
  }, [selectedRecord, requireReviewer, selectedSpan, actions, forgetSelection]);

  const focusIndicator = useCallback(() => {
    dispatch({ type: 'mode', mode: 'document' });
    // The form lives on the Record tab.
    dispatch({ type: 'sideTab', tab: 'record' });
    requestAnimationFrame(() => indicatorRef.current?.focus());
  }, [dispatch, indicatorRef]);

  const startEdit = useCallback(() => {
    if (!selectedRecord) return save.showError(t('error.noRecord'));
    setEditingRecord(selectedRecord);
    setDraft(draftFromRecord(selectedRecord));
    focusIndicator();
  }, [selectedRecord, save, t, focusIndicator]);

  const cancelEdit = useCallback(() => {
    setEditingRecord(null);
    setDraft(EMPTY_DRAFT);
  }, []);

  const selectionText = open && selection ? open.shown.text.slice(selection.from, Math.min(selection.to, selection.from + QUOTE_PREVIEW)) : null;
  const selectionLength = selection ? selection.to - selection.from : 0;
  const quote = editingRecord
    ? editingRecord.evidence.map((e) => e.correctedQuote || e.quote).join(' … ')
    : selectionText === null ? null : selectionLength > QUOTE_PREVIEW ? `${selectionText}…` : selectionText;
  const hint = selectionLength > MAX_PREFILL_LENGTH ? t('form.selectionTooLong', { n: selectionLength }) : t('form.noSelection');
  const summary = open?.summary ?? null;
  const onKindChange = useCallback((kind: RecordDraft['kind']) => setDraft((d) => changeKind(d, kind, summary)), [summary]);

  return {
    selection, draft, setDraft, editingRecord, quote, hint, onKindChange,
    onSelect, selectedSpan, saveDraft, setStatus, replaceEvidence, focusIndicator, startEdit, cancelEdit,
  };
}

export type RecordEditing = ReturnType<typeof useRecordEditing>;
