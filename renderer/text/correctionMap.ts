import type { CorrectionView } from '../../shared/api/views.ts';
import { buildPositionMap, type PositionMap } from '../../shared/corrections/positionMap.ts';
import { codePointLength } from '../../shared/text/codePoints.ts';

/**
 * Raw ↔ corrected positions in CODE POINTS, rebuilt from the API's correction list (which is in code points),
 * so a selection made in the corrected view can be stored as raw evidence, as records.add requires.
 *
 * buildPositionMap only reads `after.length`; a placeholder of the replacement's code-point length makes it
 * count code points instead of UTF-16 units.
 */
export function buildCodePointCorrectionMap(rawLength: number, corrections: readonly CorrectionView[]): PositionMap {
  const edits = corrections
    .filter((c) => c.state === 'active')
    .map((c) => ({ start: c.start, end: c.end, after: 'x'.repeat(codePointLength(c.after)) }));
  return buildPositionMap(rawLength, edits);
}
