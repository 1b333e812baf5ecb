import type { EvidenceView } from '../../shared/api/views.ts';
import type { PositionMap } from '../../shared/corrections/positionMap.ts';
import { buildCodePointIndex, splitsSurrogatePair, type CodePointIndex } from '../../shared/text/codePoints.ts';

export type TextView = 'raw' | 'corrected';

/**
 * The text on screen and how its positions relate to the API's. CodeMirror counts UTF-16 units; the API
 * counts code points, and stores evidence in RAW coordinates even when the reviewer reads the corrected text.
 */
export interface ShownText {
  docId: string;
  view: TextView;
  text: string;
  index: CodePointIndex;
  /** Corrected → raw positions; null in the raw view (identity). */
  toRaw: PositionMap | null;
}

export function makeShownText(docId: string, view: TextView, text: string, toRaw: PositionMap | null): ShownText {
  return { docId, view, text, index: buildCodePointIndex(text), toRaw: view === 'raw' ? null : toRaw };
}

/** A UTF-16 range in the shown text, never cutting a surrogate pair (so it converts to code points). */
export function widenToWholeCharacters(text: string, from: number, to: number): { from: number; to: number } {
  return {
    from: splitsSurrogatePair(text, from) ? from - 1 : from,
    to: splitsSurrogatePair(text, to) ? to + 1 : to,
  };
}

export type RawSpanResult = { ok: true; start: number; end: number } | { ok: false; reason: 'empty' | 'insideInsertion' | 'stale' };

/** A selection on screen (UTF-16) → the raw code-point span records.add/update expect. */
export function selectionToRawSpan(shown: ShownText, from: number, to: number): RawSpanResult {
  if (to <= from) return { ok: false, reason: 'empty' };
  const whole = widenToWholeCharacters(shown.text, from, to);
  const start = shown.index.toCodePoint(whole.from);
  const end = shown.index.toCodePoint(whole.to);
  if (!shown.toRaw) return { ok: true, start, end };
  // The corrections and the text were fetched separately; if they disagree, refuse rather than misplace.
  if (shown.toRaw.correctedLength !== shown.index.length) return { ok: false, reason: 'stale' };
  const raw = shown.toRaw.correctedSpanToRaw(start, end);
  // Text that only a correction added has no raw counterpart to anchor evidence to.
  return raw.end > raw.start ? { ok: true, start: raw.start, end: raw.end } : { ok: false, reason: 'insideInsertion' };
}

/** Where an evidence span sits in the shown text (UTF-16), or null when it has no extent there. */
export function evidenceRange(shown: Pick<ShownText, 'view' | 'index'>, evidence: EvidenceView): { from: number; to: number } | null {
  const start = shown.view === 'raw' ? evidence.start : evidence.correctedStart;
  const end = shown.view === 'raw' ? evidence.end : evidence.correctedEnd;
  if (end <= start || end > shown.index.length) return null;
  return { from: shown.index.toUtf16(start), to: shown.index.toUtf16(end) };
}
