import { describe, it, expect } from 'vitest';
import { matchUnitAt, parseUnit } from '../../../shared/numbers/index.ts';

describe('parseUnit', () => {
  it('splits a multiplier prefix from the base unit', () => {
    expect(parseUnit('亿元')).toMatchObject({ unit: '亿元', prefix: '亿', exponent: 8, base: 'yuan' });
    expect(parseUnit('万千瓦')).toMatchObject({ prefix: '万', base: 'kw' });
    expect(parseUnit('亿千瓦时')).toMatchObject({ prefix: '亿', base: 'kwh' });
    expect(parseUnit('万亿元')).toMatchObject({ exponent: 12, base: 'yuan' });
  });

  it('prefers a base unit that starts with 千 over 千 as a prefix', () => {
    expect(parseUnit('千瓦')).toMatchObject({ prefix: '', base: 'kw' });
    expect(parseUnit('千瓦时')).toMatchObject({ prefix: '', base: 'kwh' });
    expect(parseUnit('千米')).toMatchObject({ prefix: '', base: 'km' });
  });

  it('takes the longest base unit (个百分点 over 个, 平方公里 over 公里)', () => {
    expect(parseUnit('个百分点')?.base).toBe('percentage_points');
    expect(parseUnit('平方公里')?.base).toBe('square_km');
    expect(parseUnit('万人次')?.base).toBe('person_times');
  });

  it('accepts a bare multiplier and the empty unit as dimensionless numbers', () => {
    expect(parseUnit('亿')).toMatchObject({ exponent: 8, base: 'number' });
    expect(parseUnit('')).toMatchObject({ exponent: 0, base: 'number' });
  });

  it('folds full-width forms', () => {
    expect(parseUnit('％')?.base).toBe('percent');
  });

  it('refuses prefixes on units that cannot take them, and unknown units', () => {
    expect(parseUnit('万%')).toBeNull();
    expect(parseUnit('千岁')).toBeNull();
    expect(parseUnit('千')).toBeNull(); // 千 alone is not a bare multiplier after a number
    expect(parseUnit('光年')).toBeNull();
  });

  it('keeps ambiguous units out after Chinese numerals (百度 is a company)', () => {
    expect(parseUnit('度')?.base).toBe('kwh');
    expect(parseUnit('度', { afterChineseNumeral: true })).toBeNull();
  });
});

describe('matchUnitAt', () => {
  it('reads an approx mark before or after the prefix', () => {
    expect(matchUnitAt('万余座问题', 0)).toMatchObject({ unit: '万座', approx: '余', end: 3 });
    expect(matchUnitAt('多万元', 0)).toMatchObject({ unit: '万元', approx: '多', end: 3 });
  });

  it('requires a Latin unit to end at a word boundary (5G is not a unit)', () => {
    expect(matchUnitAt('GWh动力', 0)?.base).toBe('kwh');
    expect(matchUnitAt('G基站', 0)).toBeNull();
    expect(matchUnitAt('kWhx', 0)).toBeNull();
  });
});
