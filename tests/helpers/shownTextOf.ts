import { codePointMapData } from '../../shared/corrections/codePointMap.ts';
import { applyCorrections } from '../../shared/corrections/correctionSet.ts';
import { buildPositionMap } from '../../shared/corrections/positionMap.ts';
import { buildCodePointIndex } from '../../shared/text/codePoints.ts';
import { rawUtf16 } from '../../shared/text/offsets.ts';
import { makeShownText, type ShownText, type TextView } from '../../renderer/text/shownText.ts';

/**
 * The text on screen as the renderer receives it from `docs.text`: the raw or corrected text and the service's
 * code-point position map, built the way the service builds it from edits given in raw UTF-16 units.
 */
export function shownTextOf(raw: string, view: TextView, edits: readonly { start: number; end: number; after: string }[] = [], docId = 'd'): ShownText {
  const typed = edits.map((e) => ({ start: rawUtf16(e.start), end: rawUtf16(e.end), after: e.after }));
  const corrected = applyCorrections(raw, typed);
  const positionMap = codePointMapData(buildPositionMap(raw.length, typed), buildCodePointIndex(raw, 'raw'), buildCodePointIndex(corrected, 'corrected'));
  return makeShownText(docId, { view, text: view === 'raw' ? raw : corrected, positionMap });
}
