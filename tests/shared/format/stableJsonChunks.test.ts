import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stableJsonChunks } from '../../../shared/format/stableJsonChunks.ts';
import { stableStringify } from '../../../shared/format/stableStringify.ts';

/** Keys as tables hold them and the odd ones JSON.stringify orders its own way (integer-like keys first). */
const key = fc.oneof(fc.string({ maxLength: 6 }), fc.nat(30).map(String), fc.constantFrom('__proto__x', 'a', 'b', '10', '9', '01'));
const value = fc.letrec((tie) => ({
  any: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 2 }), tie('table'), fc.constant(undefined), fc.array(tie('any'), { maxLength: 3 })),
  table: fc.dictionary(key, tie('any'), { maxKeys: 12 }),
})).table;

describe('a stable JSON text in pieces', () => {
  it('joins to exactly what stableStringify writes, whatever objects are split', () => {
    fc.assert(fc.property(value, fc.integer({ min: 0, max: 4 }), fc.integer({ min: 1, max: 5 }), (v, splitAbove, membersPerPiece) => {
      const pieces = [...stableJsonChunks(v, { splitAbove, membersPerPiece })];
      expect(pieces.join('')).toBe(stableStringify(v));
    }), { numRuns: 400 });
  });

  it('writes a big table in many pieces, each bounded', () => {
    const records = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`r_${(i * 7919) % 1000}`, { id: i, quote: '地区生产总值\n172.9亿元', tags: ['a', 'b'] }]));
    const data = { schema: 1, records, lastSeq: 5 };
    const pieces = [...stableJsonChunks(data, { membersPerPiece: 100 })];
    expect(pieces.join('')).toBe(stableStringify(data));
    expect(pieces.length).toBeGreaterThanOrEqual(10);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(stableStringify(data).length / 5);
  });
});
