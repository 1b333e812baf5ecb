import { useEffect, useRef, type RefObject } from 'react';
import type { SuggestionView } from '../../shared/api/views.ts';
import type { ReportEditorHandle } from '../editor/ReportEditor.tsx';
import type { ShownText } from '../text/shownText.ts';
import { suggestionRange } from './suggestionOverlays.ts';

/**
 * Shows the current suggestion in the text pane whenever it changes (next, previous, after an accept), once
 * the text on screen is the suggestion's document. Re-reads of the same text do not scroll the reader away.
 */
export function useRevealSuggestion(
  editorRef: RefObject<ReportEditorHandle | null>, shown: ShownText | null, current: SuggestionView | null, active: boolean,
): void {
  const revealed = useRef<string | null>(null);
  useEffect(() => {
    if (!active) {
      revealed.current = null;
      return;
    }
    if (!current || !shown || shown.docId !== current.docId) return;
    const key = `${current.id}:${shown.docId}:${shown.view}`;
    if (revealed.current === key) return;
    const range = suggestionRange(shown, current);
    if (!range) return;
    revealed.current = key;
    // Scrolled to, not selected: the overlay marks it, and the reviewer's own selection is left alone.
    editorRef.current?.scrollTo(range);
  }, [editorRef, shown, current, active]);
}
