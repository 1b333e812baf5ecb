import type { FindingView } from '../../shared/api/views.ts';
import type { PositionMap } from '../../shared/corrections/positionMap.ts';
import type { Overlay } from '../editor/overlayField.ts';
import type { ShownText } from '../text/shownText.ts';
import { visibleWhitespace } from '../editor/visibleWhitespace.ts';

/** A place in the document as the API gives it: raw code points, corrected code points, or both. */
export interface SpanRef {
  raw?: { start: number; end: number };
  corrected?: { start: number; end: number };
}

/**
 * Where a span sits in the text on screen (UTF-16), whichever view that is; `map` (raw ↔ corrected, code
 * points, from the active corrections) converts a span given only in the other view's coordinates.
 * Null when it falls outside the text (a list read before the text changed).
 */
export function rangeInShown(shown: Pick<ShownText, 'view' | 'index'>, map: PositionMap | null, span: SpanRef): { from: number; to: number } | null {
  let cp: { start: number; end: number } | undefined;
  if (shown.view === 'corrected') cp = span.corrected ?? (span.raw && map ? map.rawSpanToCorrected(span.raw.start, span.raw.end) : undefined);
  else cp = span.raw ?? (span.corrected && map ? map.correctedSpanToRaw(span.corrected.start, span.corrected.end) : undefined);
  if (!cp || cp.end < cp.start || cp.end > shown.index.length) return null;
  return { from: shown.index.toUtf16(cp.start), to: shown.index.toUtf16(cp.end) };
}

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
  shown: Pick<ShownText, 'view' | 'index'>, map: PositionMap | null, findings: readonly FindingView[], currentId: string | null,
  titleOf: (f: FindingView) => string,
): Overlay[] {
  const overlays: Overlay[] = [];
  for (const f of findings) {
    const range = rangeInShown(shown, map, findingSpan(f));
    if (!range || range.to <= range.from) continue;
    const current = f.id === currentId;
    overlays.push({
      ...range, className: `ov-finding ov-finding-${f.type}${current ? ' ov-finding-current' : ''}`, title: titleOf(f), id: `${FINDING_OVERLAY_PREFIX}${f.id}`,
      // A stray line break is an empty line on screen: a ⏎ sign shows where it is.
      ...(f.text.trim() === '' ? { marker: visibleWhitespace(f.text) } : {}),
    });
    if (!current) continue;
    for (const r of f.related) {
      const related = rangeInShown(shown, map, { corrected: { start: r.correctedStart, end: r.correctedEnd } });
      if (related && related.to > related.from) overlays.push({ ...related, className: 'ov-related' });
    }
  }
  return overlays;
}
