import { describe, expect, it } from 'vitest';
import { evidenceMatches, makeEvidence } from '../../../shared/anchor/evidence.ts';
import { rawUtf16 } from '../../../shared/text/offsets.ts';

describe('evidence', () => {
  it('carries the quote and 32 code points of context either side', () => {
    const raw = '前'.repeat(40) + '地区生产总值172.9亿元' + '后'.repeat(40);
    const e = makeEvidence(raw, rawUtf16(40), rawUtf16(53));
    expect(e.quote).toBe('地区生产总值172.9亿元');
    expect(e.prefix).toBe('前'.repeat(32));
    expect(e.suffix).toBe('后'.repeat(32));
    expect(evidenceMatches(raw, e)).toBe(true);
  });

  it('counts context in code points, never cutting a surrogate pair', () => {
    const raw = '𠀀'.repeat(40) + '值' + '𠀁'.repeat(40);
    const e = makeEvidence(raw, rawUtf16(80), rawUtf16(81));
    expect(Array.from(e.prefix)).toHaveLength(32);
    expect(Array.from(e.suffix)).toHaveLength(32);
  });

  it('refuses empty spans and spans that split a surrogate pair', () => {
    expect(() => makeEvidence('abc', rawUtf16(1), rawUtf16(1))).toThrow(/non-empty/);
    expect(() => makeEvidence('a𠀀b', rawUtf16(2), rawUtf16(4))).toThrow(/BMP/);
    expect(() => makeEvidence('a𠀀b', rawUtf16(0), rawUtf16(2))).toThrow(/BMP/);
    expect(() => makeEvidence('abc', rawUtf16(0), rawUtf16(9))).toThrow();
  });
});
