import { useCallback, useEffect, useMemo, useState, type Dispatch, type RefObject } from 'react';
import type { FindingView, RecordView, SuggestionView } from '../../shared/api/views.ts';
import type { UiAction, UiState } from '../app/uiStore.ts';
import { suggestionOverlays } from '../assistant/suggestionOverlays.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { findingReasonText } from '../i18n/reasons/findingReasonText.ts';
import { diffMarksFromCorrections } from '../repair/diffMarks.ts';
import { findingOverlays } from '../repair/spanRanges.ts';
import type { OpenDocument } from '../state/useWorkbenchData.ts';
import { evidenceRange, spanOnScreen, type SpanRef } from '../text/shownText.ts';
import { highlightPlacer } from './highlightRanges.ts';
import { buildRecordTooltip } from './recordTooltip.ts';
import type { ReportEditorHandle, TextRange } from './ReportEditor.tsx';
import type { RecordLookup } from '../state/recordIndex.ts';

interface TextDecorationsInput {
  open: OpenDocument | null;
  ui: UiState;
  dispatch: Dispatch<UiAction>;
  selectedRecord: RecordView | null;
  recordsById: RecordLookup;
  findings: { list: readonly FindingView[] | null; fresh: boolean; currentId: string | null };
  suggestions: { queue: readonly SuggestionView[]; currentId: string | null };
  editorRef: RefObject<ReportEditorHandle | null>;
}

/**
 * What is drawn over the report text: records' highlights, the selected record's spans, the Repairs tab's
 * findings, the Suggestions tab's dashed outlines, the Diff view's marks, and the span last revealed. Every
 * range is computed from the document on screen, so offsets always match the text shown.
 */
export function useTextDecorations({ open, ui, dispatch, selectedRecord, recordsById, findings, suggestions, editorRef }: TextDecorationsInput) {
  const { t, language, formatDateTime } = useI18n();
  // Placed per record and remembered for the text on screen: a save places one record, not 20,000.
  const [placeHighlights] = useState(highlightPlacer);
  const highlights = useMemo(() => (open ? placeHighlights(open.records, open.shown) : []), [open, placeHighlights]);
  const selectedRanges = useMemo(() => {
    if (!open || !selectedRecord || selectedRecord.docId !== open.shown.docId) return [];
    return selectedRecord.evidence.map((e) => evidenceRange(open.shown, e)).filter((r): r is TextRange => r !== null);
  }, [open, selectedRecord]);

  const corrections = open?.corrections;

  // The span last shown from the Repairs tab (a candidate, a correction), outlined until another one is.
  const [revealedSpan, setRevealedSpan] = useState<SpanRef | null>(null);
  const docId = open?.shown.docId ?? null;
  useEffect(() => setRevealedSpan(null), [docId]);

  const inDocument = ui.mode === 'document';
  const overlays = useMemo(() => {
    if (!open || !inDocument) return [];
    if (ui.sideTab === 'suggestions') return suggestionOverlays(suggestions.queue, suggestions.currentId, open.shown);
    if (ui.sideTab !== 'repairs') return [];
    const list = findings.list && findings.fresh
      ? findingOverlays(open.shown, findings.list, findings.currentId, (f) => `${t(`repairKind.${f.type}`)}: ${findingReasonText(f, language)}`)
      : [];
    const revealed = revealedSpan ? spanOnScreen(open.shown, revealedSpan) : null;
    return revealed && revealed.to > revealed.from ? [...list, { ...revealed, className: 'ov-revealed' }] : list;
  }, [open, inDocument, ui.sideTab, findings, suggestions, revealedSpan, t, language]);

  // The Diff view is computed only while shown, from the corrections themselves (see repair/diffMarks.ts).
  const shown = open?.shown;
  const diffMarks = useMemo(() => (ui.showDiff && shown?.view === 'raw' && corrections
    ? diffMarksFromCorrections(shown, corrections)
    : null), [ui.showDiff, shown, corrections]);

  const revealSpan = useCallback((span: SpanRef, outline = true) => {
    const range = open ? spanOnScreen(open.shown, span) : null;
    if (range) editorRef.current?.scrollTo(range);
    // A finding has its own overlay; anything else is outlined while it is the one shown.
    setRevealedSpan(outline ? span : null);
  }, [open, editorRef]);

  // A record asked for (row click, check, j/k) is revealed once the text pane shows its document.
  const { pendingReveal } = ui;
  useEffect(() => {
    if (!pendingReveal || !open || !inDocument) return;
    const record = open.records.find((r) => r.id === pendingReveal.recordId);
    if (!record) return;
    dispatch({ type: 'revealed' });
    const range = record.evidence.map((e) => evidenceRange(open.shown, e)).find((r) => r !== null);
    if (range) editorRef.current?.reveal(range);
  }, [pendingReveal, open, inDocument, dispatch, editorRef]);

  const tooltipFor = useCallback((ids: readonly string[]) => {
    const records = ids.map((id) => recordsById.get(id)).filter((r): r is RecordView => r !== undefined);
    return records.length ? buildRecordTooltip(records, t, formatDateTime) : null;
  }, [recordsById, t, formatDateTime]);

  return { highlights, selectedRanges, overlays, diffMarks, revealSpan, tooltipFor };
}
