import type { DocumentText } from '../../shared/api/views.ts';
import { positionMapFromData, type PositionMap } from '../../shared/corrections/positionMap.ts';
import { buildCodePointIndex, splitsSurrogatePair, type CodePointIndex } from '../../shared/text/codePoints.ts';
import {
  correctedUtf16, rawUtf16, type CorrectedCodePoint, type Offset, type RawCodePoint, type Span, type TextSide,
} from '../../shared/text/offsets.ts';

export type TextView = 'raw' | 'corrected';

/**
 * The renderer's one offset edge. The API speaks code points (RawCodePoint, CorrectedCodePoint); CodeMirror
 * speaks UTF-16 units of the text on screen. Every conversion between the two happens in this file: spans from
 * the API are placed on screen with `spanOnScreen`, a selection becomes raw evidence with `selectionToRawSpan`,
 * typing becomes code-point edits with `toCorrectedEdits`. Positions on screen are plain numbers (`ScreenRange`),
 * as CodeMirror gives and takes them.
 *
 * The raw ↔ corrected map is the service's (DocumentText.positionMap, read with the text), never rebuilt here.
 */
export type ShownText = {
  docId: string;
  text: string;
  /** Raw ↔ corrected code points of this version of the document. */
  map: PositionMap<'codePoint'>;
} & ({ view: 'raw'; index: CodePointIndex<'raw'> } | { view: 'corrected'; index: CodePointIndex<'corrected'> });

/** A range on screen: UTF-16 units of the shown text, what CodeMirror counts. */
export interface ScreenRange {
  from: number;
  to: number;
}

/** A place in the document as the API gives it: raw code points, corrected code points, or both. */
export interface SpanRef {
  raw?: Span<RawCodePoint>;
  corrected?: Span<CorrectedCodePoint>;
}

export function makeShownText(docId: string, text: Pick<DocumentText, 'view' | 'text' | 'positionMap'>): ShownText {
  const map = positionMapFromData(text.positionMap);
  return text.view === 'raw'
    ? { docId, text: text.text, map, view: 'raw', index: buildCodePointIndex(text.text, 'raw') }
    : { docId, text: text.text, map, view: 'corrected', index: buildCodePointIndex(text.text, 'corrected') };
}

/**
 * Where a span sits on screen, whichever view that is; a span given only in the other view's coordinates goes
 * through the service's map first. Null when it falls outside the text (a list read before the text changed).
 */
export function spanOnScreen(shown: ShownText, span: SpanRef): ScreenRange | null {
  const { map } = shown;
  if (shown.view === 'corrected') {
    const at = span.corrected ?? (span.raw && fits(span.raw, map.rawLength) ? map.rawSpanToCorrected(span.raw.start, span.raw.end) : undefined);
    return at ? toScreen(shown.index, at) : null;
  }
  const at = span.raw ?? (span.corrected && fits(span.corrected, map.correctedLength) ? map.correctedSpanToRaw(span.corrected.start, span.corrected.end) : undefined);
  return at ? toScreen(shown.index, at) : null;
}

/** Like spanOnScreen, but null also when the span has no extent on screen (evidence a correction deleted). */
export function extentOnScreen(shown: ShownText, span: SpanRef): ScreenRange | null {
  const range = spanOnScreen(shown, span);
  return range && range.to > range.from ? range : null;
}

/** Where an evidence span (or a suggestion's) sits on screen, or null when it has no extent there. */
export function evidenceRange(
  shown: ShownText, evidence: { start: RawCodePoint; end: RawCodePoint; correctedStart: CorrectedCodePoint; correctedEnd: CorrectedCodePoint },
): ScreenRange | null {
  return extentOnScreen(shown, {
    raw: { start: evidence.start, end: evidence.end },
    corrected: { start: evidence.correctedStart, end: evidence.correctedEnd },
  });
}

/** A UTF-16 range in the shown text, never cutting a surrogate pair (so it converts to code points). */
export function widenToWholeCharacters(text: string, from: number, to: number): ScreenRange {
  return {
    from: splitsSurrogatePair(text, from) ? from - 1 : from,
    to: splitsSurrogatePair(text, to) ? to + 1 : to,
  };
}

export type RawSpanResult = { ok: true; start: RawCodePoint; end: RawCodePoint } | { ok: false; reason: 'empty' | 'insideInsertion' | 'stale' };

/** A selection on screen (UTF-16) → the raw code-point span records.add/update expect. */
export function selectionToRawSpan(shown: ShownText, from: number, to: number): RawSpanResult {
  if (to <= from) return { ok: false, reason: 'empty' };
  const whole = widenToWholeCharacters(shown.text, from, to);
  if (shown.view === 'raw') {
    return { ok: true, start: shown.index.toCodePoint(rawUtf16(whole.from)), end: shown.index.toCodePoint(rawUtf16(whole.to)) };
  }
  // The map and the text came in one answer; should they ever disagree, refuse rather than misplace.
  if (shown.map.correctedLength !== shown.index.length) return { ok: false, reason: 'stale' };
  const start = shown.index.toCodePoint(correctedUtf16(whole.from));
  const end = shown.index.toCodePoint(correctedUtf16(whole.to));
  const raw = shown.map.correctedSpanToRaw(start, end);
  // Text that only a correction added has no raw counterpart to anchor evidence to.
  return raw.end > raw.start ? { ok: true, start: raw.start, end: raw.end } : { ok: false, reason: 'insideInsertion' };
}

/** One change of the reviewer's typing, in UTF-16 positions of the corrected text it was made in (the "base"). */
export interface Utf16Change {
  from: number;
  to: number;
  insert: string;
}

/** What corrections.editCorrected takes: code points in the corrected text as the service holds it. */
export interface CorrectedEdit {
  correctedFrom: CorrectedCodePoint;
  correctedTo: CorrectedCodePoint;
  insert: string;
}

/**
 * Converts changes made in `base` (the corrected text the service last returned) to code-point edits, LAST
 * FIRST: each one is then sent to the service while the text before it is still as the reviewer saw it, so
 * no position needs adjusting for the edits already sent. A change that cuts a surrogate pair is widened to
 * the whole character, carrying the kept half into the insert, so the result is the same text.
 * `index` is the base's own index when the caller has one (building one walks the whole text).
 */
export function toCorrectedEdits(base: string, changes: readonly Utf16Change[], index?: CodePointIndex<'corrected'>): CorrectedEdit[] {
  const cp = index ?? buildCodePointIndex(base, 'corrected');
  const edits: CorrectedEdit[] = [];
  for (const change of changes) {
    let { from, to, insert } = change;
    if (splitsSurrogatePair(base, from)) {
      insert = base.slice(from - 1, from) + insert;
      from -= 1;
    }
    if (to > from && splitsSurrogatePair(base, to)) {
      insert += base.slice(to, to + 1);
      to += 1;
    }
    if (from === to && insert === '') continue;
    edits.push({ correctedFrom: cp.toCodePoint(correctedUtf16(from)), correctedTo: cp.toCodePoint(correctedUtf16(to)), insert });
  }
  return edits.reverse();
}

/**
 * The reviewer's typing as corrections.editCorrectedBatch takes it: code-point edits, last first, each naming the
 * text it replaces (edits go last first, so `base` still holds it), so the service refuses stale ones. `shown`
 * lends its index when it is the very text the typing started from (building one walks the whole text).
 */
export function typingToCorrectedEdits(base: string, changes: readonly Utf16Change[], shown: ShownText | null): (CorrectedEdit & { expect: string })[] {
  const index = shown?.view === 'corrected' && shown.text === base ? shown.index : buildCodePointIndex(base, 'corrected');
  return toCorrectedEdits(base, changes, index).map((e) => ({ ...e, expect: base.slice(index.toUtf16(e.correctedFrom), index.toUtf16(e.correctedTo)) }));
}

function fits(span: { start: number; end: number }, length: number): boolean {
  return span.start >= 0 && span.start <= span.end && span.end <= length;
}

function toScreen<S extends TextSide>(index: CodePointIndex<S>, span: Span<Offset<S, 'codePoint'>>): ScreenRange | null {
  if (span.end < span.start || span.start < 0 || span.end > index.length) return null;
  return { from: index.toUtf16(span.start), to: index.toUtf16(span.end) };
}
