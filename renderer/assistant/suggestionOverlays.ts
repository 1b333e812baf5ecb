import type { SuggestionView } from '../../shared/api/views.ts';
import type { Overlay } from '../editor/overlayField.ts';
import { formatValue } from '../records/formatValue.ts';
import { evidenceRange, type ScreenRange, type ShownText } from '../text/shownText.ts';

/** Overlay ids of suggestions carry this prefix, so a click on the text pane can tell them from other overlays. */
export const SUGGESTION_OVERLAY_PREFIX = 'suggestion:';

export function suggestionIdOfOverlay(overlayId: string): string | null {
  return overlayId.startsWith(SUGGESTION_OVERLAY_PREFIX) ? overlayId.slice(SUGGESTION_OVERLAY_PREFIX.length) : null;
}

/** Where a suggestion's evidence sits in the shown text (UTF-16), or null when it has no extent there. */
export function suggestionRange(shown: ShownText, s: SuggestionView): ScreenRange | null {
  return evidenceRange(shown, s.evidence);
}

/**
 * The open suggestions as overlays on the text pane: a dashed outline without fill (records are filled), the
 * current one drawn stronger. Only for the document on screen, so offsets always match the text.
 */
export function suggestionOverlays(queue: readonly SuggestionView[], currentId: string | null, shown: ShownText | null): Overlay[] {
  if (!shown) return [];
  const overlays: Overlay[] = [];
  for (const s of queue) {
    if (s.docId !== shown.docId) continue;
    const range = suggestionRange(shown, s);
    if (!range) continue;
    overlays.push({
      ...range,
      className: s.id === currentId ? 'suggestion-mark suggestion-current' : 'suggestion-mark',
      title: `${s.indicator} · ${formatValue(s)}`,
      id: SUGGESTION_OVERLAY_PREFIX + s.id,
    });
  }
  return overlays;
}
