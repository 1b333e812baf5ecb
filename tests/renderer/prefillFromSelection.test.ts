import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../shared/numbers/index.ts';
import { guessMeasure, prefillFromSelection } from '../../renderer/extraction/prefillFromSelection.ts';
import { changeKind, draftToFields, EMPTY_DRAFT, yearForKind } from '../../renderer/extraction/recordDraft.ts';

const jiaoqu = { region: '郊区', yearsReviewed: [2022], yearsPlanned: [2023] };
const passage = (quote: string, before = '', after = '') => ({ quote, before, after });

describe('prefillFromSelection', () => {
  it('takes value and unit from the first amount and the year of an actual figure', () => {
    const draft = prefillFromSelection(passage('达到 172.9 亿元', '170 亿元大关，', '，同比增长 3.8%；'), jiaoqu, EMPTY_DRAFT);
    expect(draft).toMatchObject({ value: '172.9', unit: '亿元', qualifier: '', kind: 'actual', year: '2022', region: '郊区', measure: 'level' });
  });

  it('finds a qualifier just outside the selection', () => {
    expect(prefillFromSelection(passage('增长 6%', '地区生产总值', '左右；'), jiaoqu, EMPTY_DRAFT)).toMatchObject({ value: '6', unit: '%', qualifier: '左右', measure: 'growth' });
    expect(prefillFromSelection(passage('170 亿元', '地区生产总值突破 ', '大关'), jiaoqu, EMPTY_DRAFT).qualifier).toBe('突破');
  });

  it('skips years and uses a written planned year to make a target', () => {
    const draft = prefillFromSelection(passage('2023 年地区生产总值预期增长 6%'), jiaoqu, EMPTY_DRAFT);
    expect(draft).toMatchObject({ value: '6', unit: '%', kind: 'target', year: '2023', measure: 'growth' });
  });

  it('treats target words as a target in the first planned year', () => {
    expect(prefillFromSelection(passage('力争完成 60 亿元'), jiaoqu, EMPTY_DRAFT)).toMatchObject({ kind: 'target', year: '2023' });
  });

  it('keeps what the reviewer already typed', () => {
    const draft = prefillFromSelection(passage('完成 58.2 亿元'), jiaoqu, { ...EMPTY_DRAFT, indicator: '固定资产投资', note: 'n' });
    expect(draft).toMatchObject({ indicator: '固定资产投资', note: 'n', value: '58.2' });
  });

  it('leaves value and unit empty when the selection has no amount', () => {
    expect(prefillFromSelection(passage('回首 2022 年'), jiaoqu, EMPTY_DRAFT)).toMatchObject({ value: '', unit: '', year: '2022' });
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

  it('turns the form into API fields', () => {
    expect(draftToFields({ ...EMPTY_DRAFT, indicator: ' GDP ', value: '172.9 ', year: '2022' })).toMatchObject({ indicator: 'GDP', value: '172.9', year: 2022 });
    expect(draftToFields({ ...EMPTY_DRAFT, year: '' }).year).toBeNull();
  });
});
