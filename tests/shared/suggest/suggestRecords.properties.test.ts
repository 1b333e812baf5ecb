import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { suggestRecords } from '../../../shared/suggest/index.ts';
import { RECORD_KINDS, RECORD_MEASURES } from '../../../shared/records/indicatorRecord.ts';

// Report-like text from indicator names, verbs, numbers, units, qualifiers and punctuation.
const piece = fc.constantFrom(
  '地区生产总值', 'GDP', '规上工业增加值', '城乡居民人均可支配收入', '城镇和农村居民人均可支配收入', '粮食播种面积', '总产量',
  '高新技术企业', '老旧小区改造', '占', '比重', '增长', '下降', '达到', '分别', '其中', '高于上年', '完成', '确保', '今年', '一年来',
  '172.9', '１７２.９', '3.8', '千', '40', '2023', '年', '亿元', '元', '%', '％', '个百分点', '万亩', '亿斤', '家', '个',
  '左右', '以上', '突破', '预计', '，', '、', '。', '；', '\n', ' ', '一、', '回顾', '安排', '𠀀',
);
const reportText = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
const meta = { region: '某市', yearsReviewed: [2022], yearsPlanned: [2023] };

describe('suggestRecords properties', () => {
  it('always returns well-formed suggestions whose quote is the text at their span', () => {
    fc.assert(fc.property(reportText, (text) => {
      const suggestions = suggestRecords(text, meta);
      const ids = new Set<string>();
      let previousStart = 0;
      for (const s of suggestions) {
        expect(s.start).toBeGreaterThanOrEqual(previousStart);
        previousStart = s.start;
        expect(s.end).toBeGreaterThan(s.start);
        expect(text.slice(s.start, s.end)).toBe(s.quote);
        expect(s.confidence).toBeGreaterThanOrEqual(0);
        expect(s.confidence).toBeLessThanOrEqual(1);
        expect(RECORD_KINDS).toContain(s.kind);
        expect(RECORD_MEASURES).toContain(s.measure);
        expect(s.value).not.toBe('');
        expect(s.reason).not.toMatch(/\n/);
        expect(ids.has(s.id)).toBe(false);
        ids.add(s.id);
      }
    }), { numRuns: 400 });
  });

  it('is deterministic', () => {
    fc.assert(fc.property(reportText, (text) => {
      expect(suggestRecords(text, meta)).toEqual(suggestRecords(text, meta));
    }), { numRuns: 100 });
  });
});
