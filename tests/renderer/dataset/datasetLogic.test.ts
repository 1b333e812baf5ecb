import { describe, expect, it } from 'vitest';
import type { DocumentSummary, RecordView } from '../../../shared/api/views.ts';
import { canonicalIndicatorName, DEFAULT_CODEBOOK } from '../../../shared/codebook/index.ts';
import { PLAUSIBILITY_REASON_CODES } from '../../../shared/checks/plausibilityReasonCodes.ts';
import { chartSeries } from '../../../renderer/dataset/chartSeries.ts';
import { DEFAULT_DATASET_FILTER } from '../../../renderer/dataset/DatasetFilters.tsx';
import { columnKey, datasetPivot } from '../../../renderer/dataset/datasetPivot.ts';
import { missingHeadlines } from '../../../renderer/dataset/missingHeadlines.ts';
import { CHECK_REASONS } from '../../../renderer/i18n/reasons/checkReasons.ts';
import { reasonText } from '../../../renderer/i18n/reasons/reasonText.ts';

let n = 0;
const record = (fields: Partial<RecordView>): RecordView => ({
  id: `r_${++n}`, docId: 'a', indicator: '地区生产总值', region: '郊区', year: 2022, kind: 'actual', measure: 'level', value: '172.9',
  unit: '亿元', qualifier: '', note: '', status: 'verified', valueNormalized: '17290000000', baseUnit: 'yuan', createdBy: 'x', createdAt: '',
  verifiedBy: null, verifiedAt: null, evidence: [], reviewedText: [], corrections: [], ...fields,
} as RecordView);
const canonical = (name: string) => canonicalIndicatorName(name, DEFAULT_CODEBOOK);

describe('the dataset table', () => {
  it('puts indicators in rows, (region, year) in columns, actual and target apart; filters by status, kind and measure', () => {
    const records = [
      record({}), record({ indicator: 'GDP', kind: 'target', year: 2023, value: '182' }), record({ region: '城区', year: 2022 }),
      record({ indicator: '固定资产投资', status: 'rejected' }), record({ measure: 'growth', value: '5.2', unit: '%' }),
    ];
    const pivot = datasetPivot(records, DEFAULT_DATASET_FILTER, canonical);
    expect(pivot.columns.map((c) => `${c.region} ${c.year}`)).toEqual(['城区 2022', '郊区 2022', '郊区 2023']);
    expect(pivot.rows.map((r) => r.indicator)).toEqual(['地区生产总值']);
    const row = pivot.rows[0]!;
    expect(row.cells.get(columnKey('郊区', 2022))!.actual).toHaveLength(2);
    // The level first in a cell, whichever was recorded first.
    const growthFirst = datasetPivot([record({ measure: 'growth', value: '5.2', unit: '%' }), record({})], DEFAULT_DATASET_FILTER, canonical);
    expect(growthFirst.rows[0]!.cells.get(columnKey('郊区', 2022))!.actual.map((r) => r.measure)).toEqual(['level', 'growth']);
    expect(row.cells.get(columnKey('郊区', 2023))!.target.map((r) => r.value)).toEqual(['182']);

    const onlyGrowth = datasetPivot(records, { ...DEFAULT_DATASET_FILTER, measures: new Set(['growth']) }, canonical);
    expect(onlyGrowth.rows[0]!.count).toBe(1);
    const withRejected = datasetPivot(records, { ...DEFAULT_DATASET_FILTER, statuses: new Set(['rejected']) }, canonical);
    expect(withRejected.rows.map((r) => r.indicator)).toEqual(['固定资产投资']);
  });

  it('lists per document the headline indicators no record covers', () => {
    const docs = [{ docId: 'a', title: '报告甲', fileName: 'a.txt' }, { docId: 'b', title: '', fileName: 'b.txt' }] as DocumentSummary[];
    const records = [record({ docId: 'a', indicator: 'GDP' }), record({ docId: 'b', indicator: '固定资产投资', status: 'rejected' })];
    const missing = missingHeadlines(docs, records, DEFAULT_CODEBOOK, canonical);
    expect(missing[0]).toMatchObject({ title: '报告甲' });
    expect(missing[0]!.missing).not.toContain('地区生产总值');
    expect(missing[1]).toMatchObject({ title: 'b.txt' });
    expect(missing[1]!.missing).toContain('固定资产投资');
    expect(missingHeadlines(docs, records, [], canonical)).toEqual([]);
  });

  it('charts levels in the unit most records use, converting the others exactly', () => {
    const series = chartSeries([record({}), record({ year: 2021, value: '1500000', unit: '万元', valueNormalized: '15000000000' }), record({ kind: 'target', year: 2023, value: '182' })]);
    expect(series).toHaveLength(1);
    expect(series[0]!.unit).toBe('亿元');
    expect(series[0]!.points.map((p) => [p.year, p.value, p.kind])).toEqual([[2022, 172.9, 'actual'], [2021, 150, 'actual'], [2023, 182, 'target']]);
  });
});

describe('plausibility reasons', () => {
  it('are translated in both languages with every placeholder filled', () => {
    const params = {
      indicator: '地区生产总值', region: '郊区', year: 2022, previousYear: 2021, value: '150 亿元', previousValue: '100 亿元', growth: '5 %',
      implied: '50%', document: '报告', previousDocument: '旧报告', actualYear: 2021, actualValue: '1 亿元', ratio: 10, points: 12, factor: 10000,
    };
    for (const code of PLAUSIBILITY_REASON_CODES) {
      for (const language of ['en', 'zh-CN'] as const) {
        const text = reasonText([CHECK_REASONS], language, { code, params });
        expect(text, `${language} ${code}`).not.toBe(code);
        expect(text, `${language} ${code}`).not.toMatch(/\{\w+\}/);
      }
    }
    expect(Object.keys(CHECK_REASONS.en).sort()).toEqual([...PLAUSIBILITY_REASON_CODES].sort());
    expect(Object.keys(CHECK_REASONS['zh-CN']).sort()).toEqual([...PLAUSIBILITY_REASON_CODES].sort());
  });
});
