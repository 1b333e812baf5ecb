import type { FindingView } from '../../shared/api/views.ts';
import type { Overlay } from '../editor/overlayField.ts';
import { spanOnScreen, type ShownText, type SpanRef } from '../text/shownText.ts';
import { visibleWhitespace } from '../editor/visibleWhitespace.ts';

export function findingSpan(f: FindingView): SpanRef {
  return { raw: { start: f.start, end: f.end }, corrected: { start: f.correctedStart, end: f.correctedEnd } };
}

/** Overlay ids of findings carry this prefix, so a click can be told from other features' overlays. */
export const FINDING_OVERLAY_PREFIX = 'finding:';

/**
 * The findings as overlays in the text: each one faintly, the current one strongly, and the current one's
 * related places (the surviving copy of a duplicate, where a fragment belongs) outlined.
 */
export function findingOverlays(
  shown: ShownText, findings: readonly FindingView[], currentId: string | null,
  titleOf: (f: FindingView) => string,
): Overlay[] {
  const overlays: Overlay[] = [];
  for (const f of findings) {
    const range = spanOnScreen(shown, findingSpan(f));
    if (!range || range.to <= range.from) continue;
    const current = f.id === currentId;
    overlays.push({
      ...range, className: `ov-finding ov-finding-${f.type}${current ? ' ov-finding-current' : ''}`, title: titleOf(f), id: `${FINDING_OVERLAY_PREFIX}${f.id}`,
      // A stray line break is an empty line on screen: a ⏎ sign shows where it is.
      ...(f.text.trim() === '' ? { marker: visibleWhitespace(f.text) } : {}),
    });
    if (!current) continue;
    for (const r of f.related) {
      const related = spanOnScreen(shown, { corrected: { start: r.correctedStart, end: r.correctedEnd } });
      if (related && related.to > related.from) overlays.push({ ...related, className: 'ov-related' });
    }
  }
  return overlays;
}
