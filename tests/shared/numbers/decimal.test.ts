import { describe, it, expect } from 'vitest';
import {
  addDecimal, canonicalDecimal, compareDecimal, integerPart, isIntegerDecimal, multiplyDecimal, parseDecimal,
  shiftDecimal, subtractDecimal,
} from '../../../shared/numbers/index.ts';

describe('parseDecimal', () => {
  it('reads plain, grouped and full-width decimals into canonical form', () => {
    expect(parseDecimal('172.9')).toBe('172.9');
    expect(parseDecimal('1,234.5')).toBe('1234.5');
    expect(parseDecimal('1,234,567')).toBe('1234567');
    expect(parseDecimal('１７２．９')).toBe('172.9');
    expect(parseDecimal('１，２３４')).toBe('1234');
    expect(parseDecimal(' -3.80 ')).toBe('-3.8');
    expect(parseDecimal('+5')).toBe('5');
    expect(parseDecimal('007.500')).toBe('7.5');
    expect(parseDecimal('-0.0')).toBe('0'); // zero has no sign
  });

  it('rejects anything that is not exactly one plain decimal', () => {
    for (const bad of ['', '1e8', '1.7e10', '.5', '5.', '1,23', '12,34.5', '80—150', '3.8%', '十', 'NaN', '1.2.3']) {
      expect(parseDecimal(bad), bad).toBeNull();
    }
  });
});

describe('exact arithmetic', () => {
  it('scales by powers of ten without float error (172.9 × 10^8)', () => {
    expect(shiftDecimal('172.9', 8)).toBe('17290000000');
    expect(shiftDecimal('1.84', 4)).toBe('18400');
    expect(shiftDecimal('0.1', 12)).toBe('100000000000');
    expect(shiftDecimal('5', -2)).toBe('0.05');
    expect(shiftDecimal('17290000000', -8)).toBe('172.9');
  });

  it('multiplies decimals exactly where floats would not (0.1 × 0.2)', () => {
    expect(multiplyDecimal('0.1', '0.2')).toBe('0.02');
    expect(multiplyDecimal('172.9', '100000000')).toBe('17290000000');
    expect(multiplyDecimal('-1.5', '0.001')).toBe('-0.0015');
  });

  it('adds, subtracts and compares numerically', () => {
    expect(addDecimal('0.1', '0.2')).toBe('0.3');
    expect(subtractDecimal('172.9', '170')).toBe('2.9');
    expect(subtractDecimal('1', '1.000')).toBe('0');
    expect(compareDecimal('1.50', '1.5')).toBe(0);
    expect(compareDecimal('-2', '1')).toBe(-1);
    expect(compareDecimal('10', '9.99')).toBe(1);
  });

  it('reports integer-ness and the integer part', () => {
    expect(isIntegerDecimal('2022')).toBe(true);
    expect(isIntegerDecimal('3.0')).toBe(true); // 3.0 is the integer 3
    expect(isIntegerDecimal('3.5')).toBe(false);
    expect(integerPart('-172.9')).toBe(-172n);
    expect(canonicalDecimal('1,000.10')).toBe('1000.1');
  });

  it('throws on non-decimal input, which is a programming error', () => {
    expect(() => shiftDecimal('1e8', 1)).toThrow(RangeError);
    expect(() => shiftDecimal('1', 0.5)).toThrow(RangeError);
  });
});
