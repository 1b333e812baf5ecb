import type { CodePointIndex } from '../text/codePoints.ts';
import type { PositionMap, PositionMapData } from './positionMap.ts';

/**
 * The service's position map (UTF-16) as the API serves it: every edit converted to code points with the
 * index of its own text. Clients build their map from this data (positionMapFromData), never from the text.
 */
export function codePointMapData(
  map: PositionMap<'utf16'>, rawIndex: CodePointIndex<'raw'>, correctedIndex: CodePointIndex<'corrected'>,
): PositionMapData<'codePoint'> {
  return {
    rawLength: rawIndex.length,
    correctedLength: correctedIndex.length,
    edits: map.edits.map((e) => ({
      start: rawIndex.toCodePoint(e.start), end: rawIndex.toCodePoint(e.end),
      correctedStart: correctedIndex.toCodePoint(e.correctedStart), correctedEnd: correctedIndex.toCodePoint(e.correctedEnd),
    })),
  };
}
