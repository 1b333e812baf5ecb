import { describe, it, expect } from 'vitest';
import { parseChineseNumeral, parseChinesePercent } from '../../../shared/numbers/index.ts';

describe('parseChineseNumeral', () => {
  it('reads the digit-by-digit year form with every zero character', () => {
    expect(parseChineseNumeral('二○二二')).toBe('2022');
    expect(parseChineseNumeral('二〇二三')).toBe('2023');
    expect(parseChineseNumeral('二零二四')).toBe('2024');
  });

  it('reads positional numerals', () => {
    expect(parseChineseNumeral('十')).toBe('10');
    expect(parseChineseNumeral('十五')).toBe('15');
    expect(parseChineseNumeral('十万')).toBe('100000');
    expect(parseChineseNumeral('三千五百')).toBe('3500');
    expect(parseChineseNumeral('一万二千')).toBe('12000');
    expect(parseChineseNumeral('一千零五')).toBe('1005');
    expect(parseChineseNumeral('一亿二千万')).toBe('120000000');
    expect(parseChineseNumeral('一万亿')).toBe('1000000000000');
    expect(parseChineseNumeral('千')).toBe('1000'); // as in 千亿
  });

  it('reads 两 as 2', () => {
    expect(parseChineseNumeral('两')).toBe('2');
    expect(parseChineseNumeral('两千')).toBe('2000');
  });

  it('reads the spoken abbreviation, where a final digit counts one place below the last multiplier', () => {
    expect(parseChineseNumeral('一万二')).toBe('12000');
    expect(parseChineseNumeral('三千五')).toBe('3500');
    expect(parseChineseNumeral('一百二')).toBe('120');
  });

  it('reads 点 as the decimal point, with multipliers after the fraction', () => {
    expect(parseChineseNumeral('三点五')).toBe('3.5');
    expect(parseChineseNumeral('三点五亿')).toBe('350000000');
  });

  it('reads financial forms', () => {
    expect(parseChineseNumeral('壹万贰仟')).toBe('12000');
  });

  it('gives a 百分之 fraction its value; parseChinesePercent gives the percent reading', () => {
    expect(parseChineseNumeral('百分之五')).toBe('0.05');
    expect(parseChinesePercent('百分之五')).toBe('5');
    expect(parseChinesePercent('百分之三点五')).toBe('3.5');
    expect(parseChinesePercent('百分之5')).toBe('5');
    expect(parseChinesePercent('五')).toBeNull();
  });

  it('rejects words that merely contain numeral characters', () => {
    // 十四五 (the plan), 万万, 一千百: not well-formed numbers. (三零 is digit by digit: 30.)
    for (const bad of ['', '十四五', '万万', '一千百', '十十', '两两', '点五', '172.9', '一是']) {
      expect(parseChineseNumeral(bad), bad).toBeNull();
    }
  });
});
