import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CODEBOOK, canonicalIndicatorName, codebookFromJson, codebookToJson, findTerms, resolveIndicator,
} from '../../../shared/codebook/index.ts';
import type { Codebook } from '../../../shared/codebook/index.ts';
import { parseUnit } from '../../../shared/numbers/index.ts';
import { WorkbenchError } from '../../../shared/errors/workbenchError.ts';

describe('DEFAULT_CODEBOOK', () => {
  it('has 30–60 entries with understood units and unique names and synonyms', () => {
    expect(DEFAULT_CODEBOOK.length).toBeGreaterThanOrEqual(30);
    expect(DEFAULT_CODEBOOK.length).toBeLessThanOrEqual(300);
    for (const e of DEFAULT_CODEBOOK) {
      expect(e.measures.length).toBeGreaterThan(0);
      for (const u of e.units) expect(parseUnit(u), `${e.name}: ${u}`).not.toBeNull();
    }
    // codebookFromJson rejects shared terms and unknown parts, so a round trip proves both.
    expect(codebookFromJson(codebookToJson(DEFAULT_CODEBOOK))).toEqual(DEFAULT_CODEBOOK);
  });
});

describe('resolveIndicator', () => {
  it.each([
    ['GDP', '地区生产总值'],
    ['ｇｄｐ', '地区生产总值'],
    ['生产总值', '地区生产总值'],
    ['规上工业增加值', '规模以上工业增加值'],
    ['规模以上工业企业增加值', '规模以上工业增加值'],
    ['全社会固定资产投资', '固定资产投资'],
    ['社零额', '社会消费品零售总额'],
    ['CPI', '居民消费价格'],
    ['市场主体', '经营主体'],
    ['单位GDP能耗', '单位地区生产总值能耗'],
  ])('resolves %s to %s', (text, name) => {
    expect(resolveIndicator(text, DEFAULT_CODEBOOK)?.name).toBe(name);
  });

  it('prefers the longest name found inside a phrase', () => {
    expect(resolveIndicator('全市规模以上工业增加值', DEFAULT_CODEBOOK)?.name).toBe('规模以上工业增加值');
    expect(resolveIndicator('单位地区生产总值能耗下降', DEFAULT_CODEBOOK)?.name).toBe('单位地区生产总值能耗');
    expect(resolveIndicator('城镇居民人均可支配收入', DEFAULT_CODEBOOK)?.name).toBe('城镇居民人均可支配收入');
  });

  it('returns null for text naming no indicator, and canonicalIndicatorName keeps such text', () => {
    expect(resolveIndicator('新型研发机构', DEFAULT_CODEBOOK)).toBeNull();
    expect(canonicalIndicatorName(' 新型研发机构 ', DEFAULT_CODEBOOK)).toBe('新型研发机构');
  });

  it('works with a custom codebook', () => {
    const codebook: Codebook = [{ name: '快递业务量', synonyms: ['快递量'], measures: ['level'], units: ['亿件'] }];
    expect(resolveIndicator('全年快递量', codebook)?.name).toBe('快递业务量');
  });
});

describe('findTerms', () => {
  it('finds leftmost-longest, non-overlapping mentions with offsets into the original text', () => {
    const text = '𠀀全市规上工业增加值增长4%，ＧＤＰ增长5%';
    const found = findTerms(text, DEFAULT_CODEBOOK);
    expect(found.map((m) => [m.entry.name, text.slice(m.start, m.end)])).toEqual([
      ['规模以上工业增加值', '规上工业增加值'],
      ['地区生产总值', 'ＧＤＰ'],
    ]);
  });
});

describe('codebookFromJson', () => {
  const valid = { name: '快递业务量', synonyms: ['快递量'], measures: ['level', 'growth'], units: ['亿件'], group: '邮政' };
  const load = (data: unknown): Codebook => codebookFromJson(JSON.stringify(data));
  const message = (data: unknown): string => {
    try {
      load(data);
    } catch (e) {
      expect(e).toBeInstanceOf(WorkbenchError);
      return (e as WorkbenchError).message;
    }
    throw new Error('expected an error');
  };

  it('accepts the export format and a bare array of entries', () => {
    expect(load({ format: 'indicator-workbench/codebook', version: 1, entries: [valid] })).toEqual([valid]);
    expect(load([valid])).toEqual([valid]);
  });

  it('trims names, synonyms and units', () => {
    expect(load([{ ...valid, name: ' 快递业务量 ', synonyms: [' 快递量'], units: ['亿件 '] }])).toEqual([valid]);
  });

  it('reports each problem with the entry it is in', () => {
    expect(() => codebookFromJson('{')).toThrow(/not valid JSON/);
    expect(message({ entries: 'x' })).toMatch(/"entries" must be an array/);
    expect(message({ version: 99, entries: [] })).toMatch(/version 99 is newer/);
    expect(message({ format: 'other', entries: [] })).toMatch(/unknown format/);
    expect(message([valid, 5])).toMatch(/entry 2 is not an object/);
    expect(message([{ ...valid, name: '' }])).toMatch(/entry 1 has no "name"/);
    expect(message([{ ...valid, measures: ['level', 'speed'] }])).toMatch(/entry 1 \(快递业务量\) has unknown measure "speed"/);
    expect(message([{ ...valid, units: ['furlongs'] }])).toMatch(/unit that is not understood: "furlongs"/);
    expect(message([{ ...valid, synonyms: 'x' }])).toMatch(/"synonyms" must be a list of strings/);
    expect(message([valid, { ...valid, name: '快递件数', synonyms: ['快递量'] }])).toMatch(/"快递量" is used by both "快递业务量" and "快递件数"/);
    expect(message([{ ...valid, parts: ['不存在'] }])).toMatch(/lists part "不存在"/);
    expect(message([{ ...valid, headline: 'yes' }])).toMatch(/entry 1 \(快递业务量\) "headline" must be true or false/);
  });

  it('keeps the headline flag; a file from before the flag is read with the former fixed headline list', () => {
    const gdp = { name: '地区生产总值', synonyms: ['GDP'], measures: ['level', 'growth'], units: ['亿元'] };
    const flagged = load({ format: 'indicator-workbench/codebook', version: 2, entries: [{ ...valid, headline: true }, gdp] });
    expect(flagged.map((e) => e.headline)).toEqual([true, undefined]);
    expect(codebookFromJson(codebookToJson(flagged))).toEqual(flagged);
    // Version 1 had no flag: 地区生产总值 was a headline by name.
    expect(load({ format: 'indicator-workbench/codebook', version: 1, entries: [valid, gdp] }).map((e) => e.headline)).toEqual([undefined, true]);
    expect(load({ format: 'indicator-workbench/codebook', version: 2, entries: [valid, gdp] }).map((e) => e.headline)).toEqual([undefined, undefined]);
    expect(DEFAULT_CODEBOOK.filter((e) => e.headline).length).toBeGreaterThanOrEqual(5);
  });

  it('round-trips through codebookToJson', () => {
    const codebook = load([valid, { name: '城乡收入', synonyms: [], measures: ['level'], units: [], parts: ['快递业务量'] }]);
    expect(codebookFromJson(codebookToJson(codebook))).toEqual(codebook);
  });
});
