import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCodePointIndex, codePointLength, indexOfIdenticalText, splitsSurrogatePair } from '../../../shared/text/codePoints.ts';
import { correctedCodePoint, correctedUtf16, rawCodePoint, rawUtf16 } from '../../../shared/text/offsets.ts';

describe('code point index', () => {
  it('converts around characters outside the BMP', () => {
    const text = '𠀀阳泉𠀁市';
    const index = buildCodePointIndex(text, 'raw');
    expect(index.length).toBe(5);
    expect([0, 1, 2, 3, 4, 5].map((cp) => index.toUtf16(rawCodePoint(cp)))).toEqual([0, 2, 3, 4, 6, 7]);
    expect([0, 2, 3, 4, 6, 7].map((u) => index.toCodePoint(rawUtf16(u)))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(() => index.toCodePoint(rawUtf16(1))).toThrow(/surrogate/);
    expect(() => index.toUtf16(rawCodePoint(6))).toThrow(RangeError);
  });

  it('serves an identical text on the other side exactly as its own index would', () => {
    const text = '𠀀阳泉𠀁市\r\n𠀂';
    const shared = indexOfIdenticalText(buildCodePointIndex(text, 'raw'), 'corrected');
    const own = buildCodePointIndex(text, 'corrected');
    expect(shared.length).toBe(own.length);
    for (let cp = 0; cp <= own.length; cp++) expect(shared.toUtf16(correctedCodePoint(cp))).toBe(own.toUtf16(correctedCodePoint(cp)));
    for (let u = 0; u <= text.length; u++) {
      if (splitsSurrogatePair(text, u)) continue;
      expect(shared.toCodePoint(correctedUtf16(u))).toBe(own.toCodePoint(correctedUtf16(u)));
    }
  });

  it('agrees with Array.from for any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
      const index = buildCodePointIndex(text, 'corrected');
      const cps = Array.from(text);
      expect(index.length).toBe(cps.length);
      expect(codePointLength(text)).toBe(cps.length);
      // Every position both ways, compared once per string (an expect per position made the test slow).
      const utf16At: number[] = [];
      const mapped: number[] = [];
      const back: number[] = [];
      let u = 0;
      for (let cp = 0; cp <= cps.length; cp++) {
        utf16At.push(u);
        mapped.push(index.toUtf16(correctedCodePoint(cp)));
        back.push(index.toCodePoint(correctedUtf16(u)));
        u += cps[cp]?.length ?? 0;
      }
      expect(mapped).toEqual(utf16At);
      expect(back).toEqual(utf16At.map((_, cp) => cp));
    }));
    // Bounded by its work (fast-check's 100 strings); on a busy machine that alone has taken 30 s.
  }, 180_000);

  it('knows where a surrogate pair would be split', () => {
    expect(splitsSurrogatePair('a𠀀b', 2)).toBe(true);
    expect(splitsSurrogatePair('a𠀀b', 1)).toBe(false);
    expect(splitsSurrogatePair('a𠀀b', 3)).toBe(false);
  });
});
