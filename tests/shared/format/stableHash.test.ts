import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base36, stableHash, stableHashOfPieces, type HashPiece } from '../../../shared/format/stableHash.ts';

describe('stableHashOfPieces', () => {
  it('equals stableHash of the pieces joined, ranges clamped as slice clamps them', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.tuple(fc.string({ unit: 'binary' }), fc.integer({ min: -3, max: 40 }), fc.integer({ min: -3, max: 40 })),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 6 }), fc.integer(), (pieces, seed) => {
      const joined = pieces.map((p) => (typeof p === 'string' ? p : p[0].slice(Math.max(0, p[1]), Math.max(0, p[2])))).join('');
      expect(stableHashOfPieces(pieces as HashPiece[], seed)).toBe(stableHash(joined, seed));
    }));
  });

  it('a finding id’s input read in place gives the id it always had', () => {
    const text = '在城区，市直单位认真组织科技\n创新攻坚战';
    expect(stableHashOfPieces(['broken_line', '\u0000', [text, 14, 15], '\u0000', [text, 2, 14], '\u0000', [text, 15, 27]]))
      .toBe(stableHash(`broken_line\u0000\n\u0000${text.slice(2, 14)}\u0000${text.slice(15, 27)}`));
  });
});

describe('base36', () => {
  it('writes whole numbers below 2^53 as toString(36) does', () => {
    for (const n of [0, 1, 35, 36, 1295, 1296, 2 ** 32, 2 ** 53 - 1]) expect(base36(n)).toBe(n.toString(36));
    fc.assert(fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
      expect(base36(n)).toBe(n.toString(36));
    }));
  });
});
