import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffSources, equalSegments, mapSpanExactly } from '../../../shared/reimport/index.ts';

const chars = fc.constantFrom('甲', '乙', '丙', '丁', '。', '\n', '1');

describe('mapping through an exact diff', () => {
  it('maps every span lying in unchanged text onto the same words, and nothing else', () => {
    fc.assert(fc.property(fc.string({ unit: chars, minLength: 1, maxLength: 80 }), fc.array(fc.record({ at: fc.nat(), del: fc.nat({ max: 4 }), ins: fc.string({ unit: chars, maxLength: 4 }) }), { maxLength: 6 }), fc.nat(), fc.nat(), (oldText, edits, a, b) => {
      let newText = oldText;
      for (const e of edits) {
        const at = e.at % (newText.length + 1);
        newText = newText.slice(0, at) + e.ins + newText.slice(at + e.del);
      }
      const diffs = diffSources(oldText, newText);
      expect(diffs.filter(([op]) => op !== 1).map(([, t]) => t).join('')).toBe(oldText);
      expect(diffs.filter(([op]) => op !== -1).map(([, t]) => t).join('')).toBe(newText);
      const segments = equalSegments(diffs);
      const start = a % oldText.length;
      const end = start + 1 + (b % (oldText.length - start));
      const mapped = mapSpanExactly(segments, start, end);
      if (mapped) expect(newText.slice(mapped.start, mapped.end)).toBe(oldText.slice(start, end));
    }), { numRuns: 500 });
  });

  it('is exact on large texts (no timeout shortcut)', () => {
    const para = '地区生产总值达到 172.9 亿元，同比增长 3.8%。\n';
    const oldText = Array.from({ length: 4000 }, (_, i) => `${i}：${para}`).join('');
    const newText = oldText.replace('2000：', '二〇〇〇：').replace('3999：', '');
    const segments = equalSegments(diffSources(oldText, newText));
    const covered = segments.reduce((n, s) => n + s.length, 0);
    expect(oldText.length - covered).toBeLessThan(10);
  });
});
