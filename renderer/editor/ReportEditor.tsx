import { defaultKeymap } from '@codemirror/commands';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import { Annotation, Compartment, EditorSelection, EditorState, Prec, type Transaction } from '@codemirror/state';
import { drawSelection, EditorView, hoverTooltip, keymap, lineNumbers } from '@codemirror/view';
import { memo, useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { IS_MAC } from '../keyboard/platform.ts';
import { shortcutFor } from '../keyboard/shortcuts.ts';
import type { ShownText, Utf16Change } from '../text/shownText.ts';
import { diffField, setDiffMarks, type DiffMarks } from './diffField.ts';
import { currentHighlights, highlightField, selectedRecordField, setHighlights, setSelectedRanges } from './highlightField.ts';
import { highlightsAt, type Highlight } from './highlightRanges.ts';
import { overlayField, overlaysAt, setOverlays, type Overlay } from './overlayField.ts';
import { minimalChange } from './minimalChange.ts';
import { hiddenCarriageReturns } from './carriageReturns.ts';
import { lineSeparatorOf } from './lineBreaks.ts';
import { addToPending, baseText, changesOf, type PendingEdits } from './pendingEdits.ts';

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
  /** Scrolls a range to the middle of the pane without touching the selection (findings, candidates). */
  scrollTo(range: TextRange): void;
  /** Edit mode: sends the typing not yet saved as corrections now; resolves when it is saved (or failed). */
  flushEdits(): Promise<void>;
}

/** The reviewer's typing in edit mode, ready to be recorded: changes in UTF-16 positions of `base`. */
export interface EditCommit {
  docId: string;
  /** The text the changes were made in: the corrected text as the service last returned it. */
  base: string;
  changes: Utf16Change[];
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
  /** Marks drawn by other features (findings, suggestions), in their own layer over the record highlights. */
  overlays?: readonly Overlay[];
  onOverlayClick?(id: string): void;
  /** The diff view's marks over the raw text, or null in the other views. */
  diff?: DiffMarks | null;
  /** Edit mode: the text can be typed in; every change is sent through onCommitEdits. */
  editable?: boolean;
  /** Records the typing; resolves to false when the service refused it (later typing is then dropped). */
  onCommitEdits?(commit: EditCommit): Promise<boolean>;
  /** Edit mode's Ctrl+Z / Ctrl+Shift+Z once the typing is saved: the service's history. */
  onUndo?(): void;
  onRedo?(): void;
  /** The edit-mode toggle key, pressed while typing in the text (the window-level handler ignores typing). */
  onToggleEdit?(): void;
  ariaLabel: string;
  /** CodeMirror's own words (search panel) in the UI language. */
  phrases: Record<string, string>;
  ref?: Ref<ReportEditorHandle>;
}

// Selections are reported after the pointer settles: a drag fires one transaction per mouse move.
const SELECTION_SETTLE_MS = 60;
// Typing is saved as corrections after this pause (and on blur, Ctrl+Enter, leaving edit mode): one
// correction per word or phrase typed, not one per keystroke.
const COMMIT_PAUSE_MS = 1200;

/** Marks transactions the app itself makes (new text, discarding typing): they are not the reviewer's edits. */
const fromApp = Annotation.define<boolean>();

function editability(editable: boolean) {
  return [
    EditorState.readOnly.of(!editable),
    // tabindex: the text is a keyboard stop (Shift+arrows select) that axe-core also recognises as focusable.
    EditorView.contentAttributes.of({ 'aria-readonly': editable ? 'false' : 'true', tabindex: '0' }),
    EditorView.editorAttributes.of({ class: editable ? 'cm-editing' : 'cm-reading' }),
  ];
}

/**
 * The read-only report text in CodeMirror 6. The EditorView is created once; new text, highlights and
 * selection arrive as transactions, so switching documents or saving records never rebuilds the editor.
 */
const NO_OVERLAYS: readonly Overlay[] = [];

export const ReportEditor = memo(function ReportEditor(props: ReportEditorProps) {
  const { shown, highlights, selectedRanges, ariaLabel, phrases, ref } = props;
  const overlays = props.overlays ?? NO_OVERLAYS;
  const diff = props.diff ?? null;
  const editable = props.editable ?? false;
  const hostRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  // Callbacks change on every render of the parent; extensions read the latest through this ref.
  const callbacks = useRef(props);
  callbacks.current = props;
  const shownRef = useRef<ShownText | null>(null);
  const dispatchedHighlights = useRef<readonly Highlight[] | null>(null);
  const dispatchedOverlays = useRef<readonly Overlay[] | null>(null);
  const dispatchedDiff = useRef<DiffMarks | null>(null);
  // Language-dependent configuration, swapped without rebuilding the editor.
  const localized = useRef(new Compartment());
  const editing = useRef(new Compartment());
  const lineBreaks = useRef(new Compartment());
  // Edit mode: typing not yet sent, and the chain of commits in flight (sent one after another, in order).
  const pending = useRef<PendingEdits | null>(null);
  const commitChain = useRef<Promise<void>>(Promise.resolve());
  const commitTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  /**
   * Sends the pending typing. Commits are chained: each one's positions are in the text the previous one
   * produced. If one is refused, the text is reloaded from the service and typing made on top is dropped,
   * never sent with positions into a text the service does not have.
   */
  const flush = useRef((): Promise<void> => {
    clearTimeout(commitTimer.current);
    const taken = pending.current;
    pending.current = null;
    if (!taken || taken.changes.empty) return commitChain.current;
    const commit: EditCommit = { docId: taken.docId, base: baseText(taken), changes: changesOf(taken.changes, taken.lineBreak) };
    commitChain.current = commitChain.current.then(async () => {
      const send = callbacks.current.onCommitEdits;
      const ok = send ? await send(commit).catch(() => false) : false;
      if (!ok) pending.current = null;
    });
    return commitChain.current;
  }).current;

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
          editing.current.of(editability(false)),
          lineBreaks.current.of(EditorState.lineSeparator.of('\n')),
          hiddenCarriageReturns,
          localized.current.of([EditorState.phrases.of(phrases), EditorView.contentAttributes.of({ 'aria-label': ariaLabel })]),
          lineNumbers(),
          EditorView.lineWrapping,
          drawSelection(),
          search({ top: true }),
          highlightSelectionMatches({ minSelectionLength: 2, maxMatches: 200 }),
          highlightField,
          overlayField,
          diffField,
          selectedRecordField,
          // Edit mode: the window-level shortcuts ignore typing, so the few that still apply while typing
          // (undo, redo, the edit-mode toggle) are read here from the same table. Undo/redo are the service's.
          Prec.high(EditorView.domEventHandlers({
            keydown(event, v) {
              if (v.state.readOnly || event.isComposing) return false;
              const action = shortcutFor(event, IS_MAC);
              if (action === 'undo') discardOrUndo(v);
              else if (action === 'redo') redoIfSaved();
              else if (action === 'toggleEditMode') callbacks.current.onToggleEdit?.();
              else return false;
              event.preventDefault();
              return true;
            },
          })),
          Prec.high(keymap.of([{ key: 'Mod-Enter', run: (v) => (v.state.readOnly ? false : (void flush(), true)) }])),
          keymap.of([
            {
              key: 'Enter',
              run: (v) => {
                // Typing: Enter is a line break (the default keymap's), not "fill in the record".
                if (v.state.selection.main.empty || !v.state.readOnly) return false;
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
              // A click (not the end of a drag-selection) on an overlay or a highlight reports it.
              if (!v.state.selection.main.empty) return false;
              const pos = v.posAtCoords({ x: event.clientX, y: event.clientY });
              if (pos === null) return false;
              const overlay = overlaysAt(v.state, pos)[0];
              if (overlay?.id !== undefined && callbacks.current.onOverlayClick) callbacks.current.onOverlayClick(overlay.id);
              const hit = highlightsAt(currentHighlights(v.state), pos)[0];
              if (hit) callbacks.current.onHighlightClick(hit.recordId);
              return false;
            },
            blur() {
              void flush();
              return false;
            },
          }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) collectTyping(update.startState.doc, update.transactions);
            if (!update.selectionSet) return;
            reportSelection(update.view, update.transactions.some((tr) => tr.isUserEvent('select')));
          }),
        ],
      }),
    });
    viewRef.current = view;

    /** The reviewer's changes, straight from CodeMirror's change sets, composed until the next commit. */
    function collectTyping(startDoc: EditorState['doc'], transactions: readonly Transaction[]) {
      const docId = shownRef.current?.docId;
      if (!docId) return;
      let doc = startDoc;
      for (const tr of transactions) {
        if (!tr.docChanged) continue;
        if (!tr.annotation(fromApp)) pending.current = addToPending(pending.current, docId, doc, tr.startState.lineBreak, tr.changes);
        doc = tr.changes.apply(doc);
      }
      clearTimeout(commitTimer.current);
      if (pending.current) commitTimer.current = setTimeout(() => void flush(), COMMIT_PAUSE_MS);
    }

    /**
     * Ctrl+Z in edit mode. Typing not yet saved is taken back locally, all of it (it was never recorded);
     * once saved, undo is the service's history (history.undo), the same undo as everywhere else in the app,
     * so the text and the audit log never disagree. CodeMirror's own history is not installed at all.
     */
    function discardOrUndo(v: EditorView) {
      clearTimeout(commitTimer.current);
      const taken = pending.current;
      pending.current = null;
      if (taken && !taken.changes.empty) {
        v.dispatch({ changes: taken.changes.invert(taken.base), annotations: fromApp.of(true) });
        return;
      }
      void commitChain.current.then(() => callbacks.current.onUndo?.());
    }

    function redoIfSaved() {
      // Redo after new typing would redo into a text that has moved on; the service refuses it anyway.
      if (pending.current) return;
      void commitChain.current.then(() => callbacks.current.onRedo?.());
    }

    return () => {
      clearTimeout(settleTimer);
      clearTimeout(commitTimer.current);
      view.destroy();
      viewRef.current = null;
      shownRef.current = null;
      dispatchedHighlights.current = null;
      dispatchedOverlays.current = null;
      dispatchedDiff.current = null;
    };
    // Created once; the language-dependent parts are reconfigured below.
  }, []);

  useEffect(() => {
    viewRef.current?.dispatch({
      effects: localized.current.reconfigure([EditorState.phrases.of(phrases), EditorView.contentAttributes.of({ 'aria-label': ariaLabel })]),
    });
  }, [phrases, ariaLabel]);

  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    // Leaving edit mode saves what was typed first.
    if (!editable) void flush();
    view.dispatch({ effects: editing.current.reconfigure(editability(editable)) });
  }, [editable, flush]);

  // New text (another document, the other view, or corrections): one transaction replaces text and highlights.
  useEffect(() => {
    const view = viewRef.current;
    if (!view || shownRef.current === shown) return;
    const previous = shownRef.current;
    // Typing in the previous document or view is saved before its text goes away.
    if (previous && (previous.docId !== shown?.docId || previous.view !== shown.view)) void flush();
    shownRef.current = shown;
    const text = shown?.text ?? '';
    const latest = callbacks.current;
    // A refresh that fetched the same text again keeps the reader's place and selection.
    if (view.state.doc.length === text.length && view.state.sliceDoc() === text) return;
    // The saved corrections came back while the reviewer kept typing: keep the typing, on top of that text.
    const typing = pending.current;
    if (typing && typing.docId === shown?.docId && typing.base.length === text.length && baseText(typing) === text) {
      const mapped = <T extends { from: number; to: number }>(list: readonly T[]) => list
        .map((r) => ({ ...r, from: typing.changes.mapPos(r.from, 1), to: typing.changes.mapPos(r.to, -1) }))
        .filter((r) => r.to > r.from);
      dispatchedHighlights.current = latest.highlights;
      dispatchedOverlays.current = latest.overlays ?? NO_OVERLAYS;
      view.dispatch({ effects: [setHighlights.of(mapped(latest.highlights)), setOverlays.of(mapped(latest.overlays ?? NO_OVERLAYS))] });
      return;
    }
    pending.current = null;
    dispatchedHighlights.current = latest.highlights;
    dispatchedOverlays.current = latest.overlays ?? NO_OVERLAYS;
    dispatchedDiff.current = latest.diff ?? null;
    // The same document and view, refreshed after a repair: change only what changed, so the reader keeps
    // their place and selection. Another document or view starts at the top.
    const sameText = previous?.docId === shown?.docId && previous?.view === shown?.view;
    // Positions on screen must be the text's UTF-16 units: CodeMirror is told the text's one line separator.
    const separator = lineSeparatorOf(text);
    const sameBreaks = view.state.lineBreak === separator;
    if (!sameBreaks) view.dispatch({ effects: lineBreaks.current.reconfigure(EditorState.lineSeparator.of(separator)) });
    const change = sameText && sameBreaks ? minimalChange(view.state.sliceDoc(), text) : null;
    view.dispatch({
      changes: change ?? { from: 0, to: view.state.doc.length, insert: text },
      ...(change ? {} : { selection: EditorSelection.cursor(0) }),
      annotations: fromApp.of(true),
      effects: [
        setHighlights.of(latest.highlights),
        setOverlays.of(latest.overlays ?? NO_OVERLAYS),
        setDiffMarks.of(latest.diff ?? null),
        ...(previous?.docId === shown?.docId ? [] : [EditorView.scrollIntoView(0, { y: 'start' })]),
      ],
    });
  }, [shown, flush]);

  useEffect(() => {
    const view = viewRef.current;
    if (!view || dispatchedHighlights.current === highlights) return;
    dispatchedHighlights.current = highlights;
    view.dispatch({ effects: setHighlights.of(highlights) });
  }, [highlights]);

  useEffect(() => {
    const view = viewRef.current;
    if (!view || dispatchedOverlays.current === overlays) return;
    dispatchedOverlays.current = overlays;
    view.dispatch({ effects: setOverlays.of(overlays) });
  }, [overlays]);

  useEffect(() => {
    const view = viewRef.current;
    if (!view || dispatchedDiff.current === diff) return;
    dispatchedDiff.current = diff;
    view.dispatch({ effects: setDiffMarks.of(diff) });
  }, [diff]);

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
    scrollTo(range) {
      const view = viewRef.current;
      if (!view || range.to > view.state.doc.length) return;
      view.dispatch({ effects: EditorView.scrollIntoView(EditorSelection.range(range.from, range.to), { y: 'center' }) });
    },
    flushEdits: flush,
  }), [flush]);

  return <div className="report-editor" ref={hostRef} />;
});
