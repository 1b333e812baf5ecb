import { describe, expect, it } from 'vitest';
import type { EvidenceView } from '../../../shared/api/views.ts';
import type { ApiInput } from '../../../shared/api/contract.ts';
import { makeEvidence } from '../../../shared/anchor/evidence.ts';
import { buildPositionMap, type PositionMap } from '../../../shared/corrections/positionMap.ts';
import { buildCodePointIndex } from '../../../shared/text/codePoints.ts';
import {
  correctedCodePoint, correctedUtf16, rawCodePoint, rawUtf16, shift,
  type CorrectedCodePoint, type CorrectedUtf16, type RawCodePoint, type RawUtf16,
} from '../../../shared/text/offsets.ts';

/*
 * Raw and corrected, code-point and UTF-16 offsets are distinct types. Each `@ts-expect-error` line below mixes
 * two of them; `npm run typecheck` (tsc) fails if any of these lines compiles, i.e. if a brand stopped working.
 * The run-time part checks the constructors themselves.
 */

declare const rawCp: RawCodePoint;
declare const correctedCp: CorrectedCodePoint;
declare const raw16: RawUtf16;
declare const corrected16: CorrectedUtf16;
declare const utf16Map: PositionMap<'utf16'>;
declare const codePointMap: PositionMap<'codePoint'>;

function typeLevelMixes(): void {
  // A plain number is no offset: it must go through a constructor.
  // @ts-expect-error a number is not a raw code point
  const fromNumber: RawCodePoint = 3;
  // @ts-expect-error raw is not corrected (same unit)
  const rawAsCorrected: CorrectedCodePoint = rawCp;
  // @ts-expect-error corrected is not raw (same unit)
  const correctedAsRaw: RawUtf16 = corrected16;
  // @ts-expect-error a code point is not a UTF-16 unit (same text)
  const cpAsUtf16: RawUtf16 = rawCp;
  // @ts-expect-error a UTF-16 unit is not a code point (same text)
  const utf16AsCp: CorrectedCodePoint = corrected16;

  // An index converts only its own text's offsets.
  const rawIndex = buildCodePointIndex('𠀀甲', 'raw');
  // @ts-expect-error the raw text's index does not take a corrected offset
  rawIndex.toUtf16(correctedCp);
  // @ts-expect-error toCodePoint takes UTF-16 units, not code points
  rawIndex.toCodePoint(rawCp);
  // @ts-expect-error toCodePoint gives a raw code point, not a corrected one
  const wrongSide: CorrectedCodePoint = rawIndex.toCodePoint(raw16);

  // A position map counts in one unit and maps raw → corrected only from raw.
  // @ts-expect-error the UTF-16 map does not take code points
  utf16Map.toCorrected(rawCp);
  // @ts-expect-error toCorrected takes a raw position, not a corrected one
  codePointMap.toCorrected(correctedCp);
  // @ts-expect-error toRaw gives a raw position
  const mapped: CorrectedCodePoint = codePointMap.toRaw(correctedCp);

  // Anchors are raw UTF-16 inside the app; the API's views are code points.
  // @ts-expect-error evidence is anchored with raw UTF-16 units, not code points
  makeEvidence('甲乙', rawCp, rawCp);
  // @ts-expect-error a view's raw start is a code point, not a UTF-16 unit
  const view: Pick<EvidenceView, 'start'> = { start: raw16 };
  // @ts-expect-error records.add takes raw code points: a corrected position cannot be sent as evidence
  const add: ApiInput<'records.add'>['evidence'] = [{ start: correctedCp, end: correctedCp }];
  // @ts-expect-error an edit of the corrected text takes corrected code points
  const edit: Pick<ApiInput<'corrections.editCorrected'>, 'correctedFrom'> = { correctedFrom: rawCp };

  // Reading an offset as a number is always fine (lengths, comparisons, slicing).
  const asNumber: number = rawCp + correctedCp;
  void [fromNumber, rawAsCorrected, correctedAsRaw, cpAsUtf16, utf16AsCp, wrongSide, mapped, view, add, edit, asNumber];
}
void typeLevelMixes;

describe('offset constructors', () => {
  it('brand whole numbers ≥ 0 and refuse anything else', () => {
    expect(rawCodePoint(3)).toBe(3);
    expect(correctedCodePoint(0)).toBe(0);
    expect(rawUtf16(7)).toBe(7);
    expect(correctedUtf16(2)).toBe(2);
    for (const bad of [-1, 1.5, Number.NaN, Infinity]) {
      expect(() => rawCodePoint(bad)).toThrow(RangeError);
      expect(() => correctedUtf16(bad)).toThrow(RangeError);
    }
    expect(shift(rawUtf16(4), 3)).toBe(7);
    expect(() => shift(rawUtf16(1), -2)).toThrow(RangeError);
  });

  it('keep the UTF-16 map of the corrections exact (its edits in both coordinates)', () => {
    const map = buildPositionMap(6, [{ start: rawUtf16(2), end: rawUtf16(4), after: '𠀀' }]);
    expect(map.edits).toEqual([{ start: 2, end: 4, correctedStart: 2, correctedEnd: 4 }]);
    expect(map.toCorrected(rawUtf16(5))).toBe(5);
  });
});
