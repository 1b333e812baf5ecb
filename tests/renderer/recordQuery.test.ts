import { describe, expect, it } from 'vitest';
import type { RecordView } from '../../shared/api/views.ts';
import { filterOptions, filterRecords, neighbourRecord, NO_FILTER, sortRecords, toggleSort } from '../../renderer/records/recordQuery.ts';
import { correctedCodePoint, rawCodePoint } from '../../shared/text/offsets.ts';

function record(id: string, fields: Partial<RecordView>): RecordView {
  return {
    id, docId: 'd', indicator: '', region: '', year: null, kind: 'actual', measure: 'level', value: '1', unit: '', valueNormalized: null,
    baseUnit: null, qualifier: '', note: '', status: 'draft', createdBy: 'a', createdAt: '', verifiedBy: null, verifiedAt: null,
    evidence: [{ start: rawCodePoint(Number(id.slice(1))), end: rawCodePoint(Number(id.slice(1)) + 1), quote: '', prefix: '', suffix: '', correctedStart: correctedCodePoint(0), correctedEnd: correctedCodePoint(0), correctedQuote: '' }],
    reviewedText: [], corrections: [], ...fields,
  };
}

const records = [
  record('r30', { indicator: '地区生产总值', value: '172.9', year: 2022, region: '郊区', status: 'verified' }),
  record('r10', { indicator: '固定资产投资', value: '58.2', year: 2022, region: '郊区' }),
  record('r20', { indicator: '地区生产总值增速', value: '1000', year: 2023, region: '阳泉市', status: 'needs_review' }),
  record('r40', { indicator: 'GDP', value: '约 5', year: null }),
];

describe('record queries', () => {
  it('filters by status, indicator substring, year and region', () => {
    expect(filterRecords(records, { ...NO_FILTER, status: 'verified' }).map((r) => r.id)).toEqual(['r30']);
    expect(filterRecords(records, { ...NO_FILTER, indicator: '生产总值' }).map((r) => r.id)).toEqual(['r30', 'r20']);
    expect(filterRecords(records, { ...NO_FILTER, indicator: 'gdp' }).map((r) => r.id)).toEqual(['r40']);
    expect(filterRecords(records, { ...NO_FILTER, year: '2022', region: '郊区' }).map((r) => r.id)).toEqual(['r30', 'r10']);
    expect(filterRecords(records, { ...NO_FILTER, year: 'none' }).map((r) => r.id)).toEqual(['r40']);
  });

  it('sorts by text position, numerically by value, and by status urgency', () => {
    expect(sortRecords(records, { column: 'position', direction: 'asc' }).map((r) => r.id)).toEqual(['r10', 'r20', 'r30', 'r40']);
    expect(sortRecords(records, { column: 'value', direction: 'asc' }).map((r) => r.value)).toEqual(['58.2', '172.9', '1000', '约 5']);
    expect(sortRecords(records, { column: 'value', direction: 'desc' }).map((r) => r.value)[0]).toBe('约 5');
    expect(sortRecords(records, { column: 'status', direction: 'asc' })[0]!.status).toBe('needs_review');
    expect(sortRecords(records, { column: 'year', direction: 'asc' }).map((r) => r.year)).toEqual([2022, 2022, 2023, null]);
  });

  it('toggles the sort direction on the same column', () => {
    expect(toggleSort({ column: 'value', direction: 'asc' }, 'value')).toEqual({ column: 'value', direction: 'desc' });
    expect(toggleSort({ column: 'value', direction: 'desc' }, 'year')).toEqual({ column: 'year', direction: 'asc' });
  });

  it('lists filter options present in the records', () => {
    expect(filterOptions(records)).toEqual({ years: [2022, 2023], regions: ['阳泉市', '郊区'].sort(new Intl.Collator(['zh-CN', 'en'], { numeric: true }).compare), hasNoYear: true });
  });

  it('steps to the next and previous record for j/k', () => {
    expect(neighbourRecord(records, null, 1)?.id).toBe('r30');
    expect(neighbourRecord(records, null, -1)?.id).toBe('r40');
    expect(neighbourRecord(records, 'r30', 1)?.id).toBe('r10');
    expect(neighbourRecord(records, 'r40', 1)).toBeNull();
    expect(neighbourRecord([], null, 1)).toBeNull();
  });
});
