import type { CheckedRecord } from '../../shared/checks/index.ts';
import { normalizeValue } from '../../shared/numbers/index.ts';

let counter = 0;

/** A record as the checks read it: GDP of 阳泉市 in 2023, 172.9 亿元, unless `fields` says otherwise; a fresh id each call. */
export function checkedRecord(fields: Partial<CheckedRecord> & { quote?: string } = {}): CheckedRecord {
  const { quote, ...rest } = fields;
  const value = rest.value ?? '172.9';
  const unit = rest.unit ?? '亿元';
  const normalized = normalizeValue(value, unit);
  counter += 1;
  return {
    id: `rec-${counter}`, docId: 'doc-a', indicator: '地区生产总值', region: '阳泉市', year: 2023, kind: 'actual', measure: 'level',
    value, unit, valueNormalized: normalized?.valueNormalized ?? null, baseUnit: normalized?.baseUnit ?? null,
    qualifier: '', status: 'draft', evidence: [{ quote: quote ?? `地区生产总值达到 ${value} ${unit}` }],
    ...rest,
  };
}
