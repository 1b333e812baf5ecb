import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../shared/numbers/index.ts';
import { guessMeasure, prefillFromSelection } from '../../renderer/extraction/prefillFromSelection.ts';
import { changeKind, draftToFields, EMPTY_DRAFT, missingYear, yearForKind } from '../../renderer/extraction/recordDraft.ts';

const jiaoqu = { region: '郊区', yearsReviewed: [2022], yearsPlanned: [2023] };

/** Selects the first occurrence of `selected` inside `text`, as a mouse would. */
const select = (text: string, selected: string, draft = EMPTY_DRAFT, doc = jiaoqu) => {
  const from = text.indexOf(selected);
  return prefillFromSelection(text, from, from + selected.length, doc, draft);
};
const REPORT = '一、2022年工作回顾\n地区生产总值突破 170 亿元大关，达到 172.9 亿元，同比增长 3.8%；全年完成投资 60 亿元。\n'
  + '二、2023年工作安排\n主要预期目标是：地区生产总值增长 6%左右；城镇调查失业率控制在5.5%以内；新建5G基站 300 个。';

describe('prefillFromSelection', () => {
  it('reads the selected figure as the assistant would: indicator, measure, kind, year, value, unit', () => {
    expect(select(REPORT, '达到 172.9 亿元')).toMatchObject({
      indicator: '地区生产总值', value: '172.9', unit: '亿元', qualifier: '', kind: 'actual', year: '2022', region: '郊区', measure: 'level',
    });
    expect(select(REPORT, '同比增长 3.8%')).toMatchObject({ indicator: '地区生产总值', measure: 'growth', value: '3.8', kind: 'actual' });
  });

  it('makes a passage in the plan part a target of the planned year, with the qualifier around it', () => {
    expect(select(REPORT, '增长 6%')).toMatchObject({ indicator: '地区生产总值', kind: 'target', year: '2023', measure: 'growth', qualifier: '左右' });
    expect(select(REPORT, '5.5%')).toMatchObject({ indicator: '城镇调查失业率', kind: 'target', year: '2023', measure: 'rate' });
  });

  it('falls back on the structure for a figure the assistant would not state', () => {
    expect(select(REPORT, '新建5G基站 300 个')).toMatchObject({ value: '300', unit: '个', kind: 'target', year: '2023', measure: 'count' });
    expect(select(REPORT, '全年完成投资 60 亿元')).toMatchObject({ value: '60', unit: '亿元', kind: 'actual', year: '2022' });
  });

  it('keeps what the reviewer typed when the selection names no indicator', () => {
    const draft = select(REPORT, '全年完成投资 60 亿元', { ...EMPTY_DRAFT, indicator: '固定资产投资', note: 'n' });
    expect(draft).toMatchObject({ indicator: '固定资产投资', note: 'n', value: '60' });
  });

  it('leaves value and unit empty when the selection has no amount', () => {
    expect(select(REPORT, '回顾')).toMatchObject({ value: '', unit: '', year: '2022', kind: 'actual' });
  });

  it('guesses count and share measures', () => {
    const [count] = findQuantities('新增市场主体 200 家');
    expect(guessMeasure('新增市场主体 ', count!)).toBe('count');
    const [share] = findQuantities('占比 35%');
    expect(guessMeasure('占比 ', share!)).toBe('share');
  });
});

describe('record drafts', () => {
  it('picks the last reviewed year for actuals and the first planned year for targets', () => {
    const doc = { region: '', yearsReviewed: [2021, 2022], yearsPlanned: [2023, 2024] };
    expect(yearForKind(doc, 'actual')).toBe(2022);
    expect(yearForKind(doc, 'target')).toBe(2023);
    expect(yearForKind({ region: '', yearsReviewed: [], yearsPlanned: [] }, 'target')).toBeNull();
  });

  it('moves an automatic year with the kind but keeps a typed one', () => {
    expect(changeKind({ ...EMPTY_DRAFT, year: '2022' }, 'target', jiaoqu).year).toBe('2023');
    expect(changeKind({ ...EMPTY_DRAFT, year: '2020' }, 'target', jiaoqu).year).toBe('2020');
  });

  it('refuses an empty year unless the reviewer ticked "no year"', () => {
    expect(missingYear({ ...EMPTY_DRAFT, year: '' })).toBe(true);
    expect(missingYear({ ...EMPTY_DRAFT, year: ' ' })).toBe(true);
    expect(missingYear({ ...EMPTY_DRAFT, year: '', noYear: true })).toBe(false);
    expect(missingYear({ ...EMPTY_DRAFT, year: '2023' })).toBe(false);
  });

  it('turns the form into API fields', () => {
    expect(draftToFields({ ...EMPTY_DRAFT, indicator: ' GDP ', value: '172.9 ', year: '2022' })).toMatchObject({ indicator: 'GDP', value: '172.9', year: 2022 });
    expect(draftToFields({ ...EMPTY_DRAFT, year: '' }).year).toBeNull();
  });
});
