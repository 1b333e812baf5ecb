import { defaultKeymap } from '@codemirror/commands';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import { Compartment, EditorSelection, EditorState } from '@codemirror/state';
import { drawSelection, EditorView, hoverTooltip, keymap, lineNumbers } from '@codemirror/view';
import { memo, useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import type { ShownText } from '../text/shownText.ts';
import { currentHighlights, highlightField, selectedRecordField, setHighlights, setSelectedRanges } from './highlightField.ts';
import { highlightsAt, type Highlight } from './highlightRanges.ts';

export interface TextRange {
  from: number;
  to: number;
}

/** What the rest of the app may ask of the text pane. */
export interface ReportEditorHandle {
  /** Selects a range and scrolls it to the middle of the pane. */
  reveal(range: TextRange): void;
  focus(): void;
  /** Collapses the selection (after a record was saved from it). */
  collapseSelection(): void;
}

export interface ReportEditorProps {
  shown: ShownText | null;
  highlights: readonly Highlight[];
  selectedRanges: readonly TextRange[];
  /** The reviewer's own selection (UTF-16, shown text), or null when it is empty or was set by the app. */
  onSelect(range: TextRange | null): void;
  onHighlightClick(recordId: string): void;
  /** Enter with text selected: the reviewer wants to fill in the record. */
  onEnterWithSelection(): void;
  tooltipFor(recordIds: readonly string[]): HTMLElement | null;
  ariaLabel: string;
  /** CodeMirror's own words (search panel) in the UI language. */
  phrases: Record<string, string>;
  ref?: Ref<ReportEditorHandle>;
}

// Selections are reported after the pointer settles: a drag fires one transaction per mouse move.
const SELECTION_SETTLE_MS = 60;

/**
 * The read-only report text in CodeMirror 6. The EditorView is created once; new text, highlights and
 * selection arrive as transactions, so switching documents or saving records never rebuilds the editor.
 */
export const ReportEditor = memo(function ReportEditor(props: ReportEditorProps) {
  const { shown, highlights, selectedRanges, ariaLabel, phrases, ref } = props;
  const hostRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  // Callbacks change on every render of the parent; extensions read the latest through this ref.
  const callbacks = useRef(props);
  callbacks.current = props;
  const shownRef = useRef<ShownText | null>(null);
  const dispatchedHighlights = useRef<readonly Highlight[] | null>(null);
  // Language-dependent configuration, swapped without rebuilding the editor.
  const localized = useRef(new Compartment());

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    let settleTimer: ReturnType<typeof setTimeout> | undefined;
    const reportSelection = (view: EditorView, byUser: boolean) => {
      clearTimeout(settleTimer);
      settleTimer = setTimeout(() => {
        const main = view.state.selection.main;
        callbacks.current.onSelect(byUser && !main.empty ? { from: main.from, to: main.to } : null);
      }, SELECTION_SETTLE_MS);
    };

    const view = new EditorView({
      parent: host,
      state: EditorState.create({
        doc: '',
        extensions: [
          EditorState.readOnly.of(true),
          localized.current.of([EditorState.phrases.of(phrases), EditorView.contentAttributes.of({ 'aria-label': ariaLabel })]),
          lineNumbers(),
          EditorView.lineWrapping,
          drawSelection(),
          search({ top: true }),
          highlightSelectionMatches({ minSelectionLength: 2, maxMatches: 200 }),
          highlightField,
          selectedRecordField,
          keymap.of([
            {
              key: 'Enter',
              run: (v) => {
                if (v.state.selection.main.empty) return false;
                callbacks.current.onEnterWithSelection();
                return true;
              },
            },
            ...searchKeymap,
            ...defaultKeymap,
          ]),
          hoverTooltip((v, pos) => {
            const hits = highlightsAt(currentHighlights(v.state), pos);
            const first = hits[0];
            if (!first) return null;
            return {
              pos: first.from,
              end: first.to,
              above: true,
              create: () => ({ dom: callbacks.current.tooltipFor([...new Set(hits.map((h) => h.recordId))]) ?? document.createElement('div') }),
            };
          }, { hoverTime: 250 }),
          EditorView.domEventHandlers({
            click(event, v) {
              // A click (not the end of a drag-selection) on a highlight selects its record.
              if (!v.state.selection.main.empty) return false;
              const pos = v.posAtCoords({ x: event.clientX, y: event.clientY });
              if (pos === null) return false;
              const hit = highlightsAt(currentHighlights(v.state), pos)[0];
              if (hit) callbacks.current.onHighlightClick(hit.recordId);
              return false;
            },
          }),
          EditorView.updateListener.of((update) => {
            if (!update.selectionSet) return;
            reportSelection(update.view, update.transactions.some((tr) => tr.isUserEvent('select')));
          }),
          EditorView.contentAttributes.of({ 'aria-readonly': 'true' }),
        ],
      }),
    });
    viewRef.current = view;
    return () => {
      clearTimeout(settleTimer);
      view.destroy();
      viewRef.current = null;
      shownRef.current = null;
      dispatchedHighlights.current = null;
    };
    // Created once; the language-dependent parts are reconfigured below.
  }, []);

  useEffect(() => {
    viewRef.current?.dispatch({
      effects: localized.current.reconfigure([EditorState.phrases.of(phrases), EditorView.contentAttributes.of({ 'aria-label': ariaLabel })]),
    });
  }, [phrases, ariaLabel]);

  // New text (another document, the other view, or corrections): one transaction replaces text and highlights.
  useEffect(() => {
    const view = viewRef.current;
    if (!view || shownRef.current === shown) return;
    const previous = shownRef.current;
    shownRef.current = shown;
    const text = shown?.text ?? '';
    // A refresh that fetched the same text again keeps the reader's place and selection.
    if (view.state.doc.length === text.length && view.state.sliceDoc() === text) return;
    const latestHighlights = callbacks.current.highlights;
    dispatchedHighlights.current = latestHighlights;
    view.dispatch({
      changes: { from: 0, to: view.state.doc.length, insert: text },
      selection: EditorSelection.cursor(0),
      effects: [
        setHighlights.of(latestHighlights),
        ...(previous?.docId === shown?.docId ? [] : [EditorView.scrollIntoView(0, { y: 'start' })]),
      ],
    });
  }, [shown]);

  useEffect(() => {
    const view = viewRef.current;
    if (!view || dispatchedHighlights.current === highlights) return;
    dispatchedHighlights.current = highlights;
    view.dispatch({ effects: setHighlights.of(highlights) });
  }, [highlights]);

  useEffect(() => {
    viewRef.current?.dispatch({ effects: setSelectedRanges.of(selectedRanges) });
  }, [selectedRanges, shown]);

  useImperativeHandle(ref, () => ({
    reveal(range) {
      const view = viewRef.current;
      if (!view || range.to > view.state.doc.length) return;
      view.dispatch({
        selection: EditorSelection.single(range.from, range.to),
        effects: EditorView.scrollIntoView(range.from, { y: 'center' }),
      });
    },
    focus() {
      viewRef.current?.focus();
    },
    collapseSelection() {
      const view = viewRef.current;
      if (!view) return;
      view.dispatch({ selection: EditorSelection.cursor(view.state.selection.main.to) });
    },
  }), []);

  return <div className="report-editor" ref={hostRef} />;
});
