import type { RecordFields } from '../../shared/records/indicatorRecord.ts';

/** "172.9 亿元", "5 % (左右)": how a record's value reads in lists and tooltips. */
export function formatValue(record: Pick<RecordFields, 'value' | 'unit' | 'qualifier'>): string {
  const amount = record.unit ? `${record.value} ${record.unit}` : record.value;
  return record.qualifier ? `${amount} (${record.qualifier})` : amount;
}
