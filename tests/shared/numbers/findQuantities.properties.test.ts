import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { findQuantities, normalizeValue, parseDecimal } from '../../../shared/numbers/index.ts';

// Text built from the characters numbers are made of, so the scanner's edge cases get exercised.
const reportChar = fc.constantFrom(
  ...'0123456789０１２.．,，%％ -—至余多万亿千百十一二两三〇○零点个年月日岁元亩吨人户第每“”、，。（）()GPMkWh'.split(''),
  '百分之', '个百分点', '以上', '左右', '\n',
);
const reportText = fc.array(reportChar, { maxLength: 60 }).map((parts) => parts.join(''));

describe('findQuantities properties', () => {
  it('returns ordered, non-overlapping spans whose text is the source slice', () => {
    fc.assert(fc.property(reportText, (text) => {
      let previousEnd = 0;
      for (const q of findQuantities(text)) {
        expect(q.start).toBeGreaterThanOrEqual(previousEnd);
        expect(q.end).toBeGreaterThan(q.start);
        expect(text.slice(q.start, q.end)).toBe(q.text);
        previousEnd = q.end;
      }
    }), { numRuns: 500 });
  });

  it('gives every single value the normalisation normalizeValue gives its value and unit', () => {
    fc.assert(fc.property(reportText, (text) => {
      for (const q of findQuantities(text)) {
        if (q.value === null) {
          expect(q.range).toBeDefined();
          continue;
        }
        // Context (a Chinese 日 without a month) may refine the base unit; the value never differs.
        expect(normalizeValue(q.value, q.unit)?.valueNormalized).toBe(q.valueNormalized);
      }
    }), { numRuns: 500 });
  });

  it('finds any written decimal followed by a unit, whatever surrounds it', () => {
    const decimal = fc.tuple(fc.nat({ max: 999999 }), fc.option(fc.nat({ max: 99 }), { nil: undefined }))
      .map(([i, f]) => (f === undefined ? `${i}` : `${i}.${f}`));
    const unit = fc.constantFrom('亿元', '万元', '元', '万人', '万吨', '亩', '万亩', '%', '个百分点', '个', '家', '万户', '平方公里');
    fc.assert(fc.property(decimal, unit, fc.constantFrom('', ' '), (d, u, space) => {
      const text = `全年完成${d}${space}${u}，同比增长`;
      const found = findQuantities(text);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ value: parseDecimal(d), unit: u, text: `${d}${space}${u}` });
    }));
  });
});
