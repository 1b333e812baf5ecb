import { describe, it, expect } from 'vitest';
import { findQuantities } from '../../../shared/numbers/index.ts';
import type { Quantity } from '../../../shared/numbers/index.ts';

/** The single quantity in `text`; fails if there is not exactly one. */
function only(text: string): Quantity {
  const found = findQuantities(text);
  expect(found, text).toHaveLength(1);
  return found[0] as Quantity;
}

describe('findQuantities: a number with its unit', () => {
  it('reads the unit whether or not a space stands before it', () => {
    for (const text of ['172.9亿元', '172.9 亿元']) {
      expect(only(text)).toMatchObject({ value: '172.9', unit: '亿元', valueNormalized: '17290000000', baseUnit: 'yuan' });
    }
    expect(only('3.8%')).toMatchObject({ value: '3.8', unit: '%', baseUnit: 'percent' });
    expect(only('3.8 %')).toMatchObject({ value: '3.8', unit: '%', baseUnit: 'percent' });
  });

  it('normalises multiplier prefixes', () => {
    expect(only('1.84万人')).toMatchObject({ value: '1.84', unit: '万人', valueNormalized: '18400', baseUnit: 'persons' });
    expect(only('6762万吨')).toMatchObject({ value: '6762', unit: '万吨', valueNormalized: '67620000', baseUnit: 'tonnes' });
    expect(only('3.5个百分点')).toMatchObject({ value: '3.5', unit: '个百分点', baseUnit: 'percentage_points' });
  });

  it('reads grouped and full-width numbers', () => {
    expect(only('1,234.5')).toMatchObject({ value: '1234.5', unit: '', baseUnit: 'number' });
    expect(only('１７２．９亿元')).toMatchObject({ value: '172.9', valueNormalized: '17290000000' });
    expect(only('１，２３４元')).toMatchObject({ value: '1234', unit: '元' });
  });

  it('does not group ASCII digits across a full-width comma, which is punctuation', () => {
    expect(findQuantities('分别为100，200元').map((q) => q.value)).toEqual(['100', '200']);
  });

  it('reads Chinese numerals, leaving a trailing 万/亿 to the unit as for Arabic numbers', () => {
    expect(only('十万亩')).toMatchObject({ value: '10', unit: '万亩', valueNormalized: '100000', baseUnit: 'mu', numeral: 'chinese' });
    expect(only('三千五百万元')).toMatchObject({ value: '3500', unit: '万元', valueNormalized: '35000000' });
    expect(only('一万二千元')).toMatchObject({ value: '12000', unit: '元' });
    expect(only('再建两个省级')).toMatchObject({ value: '2', unit: '个' });
  });

  it('reads 千亿 with 以上 as 1000 × 亿 (the qualifier stays outside the span)', () => {
    expect(only('保持在千亿以上')).toMatchObject({ text: '千亿', value: '1000', unit: '亿', valueNormalized: '100000000000' });
  });

  it('reads 百分之 as a percentage and 成 as tenths', () => {
    expect(only('百分之五')).toMatchObject({ text: '百分之五', value: '5', unit: '%', baseUnit: 'percent' });
    expect(only('占比近八成')).toMatchObject({ text: '八成', valueNormalized: '80', baseUnit: 'percent' });
  });

  it('reads negative numbers', () => {
    expect(only('增长-2.1%')).toMatchObject({ value: '-2.1', unit: '%' });
  });

  it('gives UTF-16 offsets into the original text', () => {
    const text = '地区生产总值突破 170 亿元大关，达到 172.9 亿元，同比增长 3.8%';
    const found = findQuantities(text);
    expect(found.map((q) => q.text)).toEqual(['170 亿元', '172.9 亿元', '3.8%']);
    for (const q of found) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('keeps offsets right after characters outside the BMP', () => {
    const text = '𠀀𠀀 5 个';
    const q = only(text);
    expect(text.slice(q.start, q.end)).toBe('5 个');
  });
});
