import type { RecordView } from '../../shared/api/views.ts';
import type { RecordMeasure } from '../../shared/records/indicatorRecord.ts';

/**
 * The points of one indicator's chart: per measure, each record with a year and a number. Levels are drawn in
 * the unit most of them are written in (so 亿元 stays 亿元), converted through the exact normalised value.
 */
export interface ChartPoint {
  year: number;
  value: number;
  region: string;
  kind: 'actual' | 'target';
  label: string;
}

export interface ChartSeries {
  measure: RecordMeasure;
  unit: string;
  points: ChartPoint[];
}

export function chartSeries(records: readonly RecordView[]): ChartSeries[] {
  const byMeasure = new Map<RecordMeasure, RecordView[]>();
  for (const r of records) {
    if (r.year === null || r.status === 'rejected') continue;
    const list = byMeasure.get(r.measure);
    if (list) list.push(r);
    else byMeasure.set(r.measure, [r]);
  }
  const series: ChartSeries[] = [];
  for (const [measure, list] of byMeasure) {
    const unit = mostCommon(list.map((r) => r.unit));
    // Base units per one of `unit`, learnt from a record written in it.
    const model = list.find((r) => r.unit === unit && r.valueNormalized !== null && Number(r.value) !== 0);
    const perUnit = model ? Number(model.valueNormalized) / Number(model.value) : null;
    const points: ChartPoint[] = [];
    for (const r of list) {
      const value = r.unit === unit ? Number(r.value) : perUnit && r.valueNormalized !== null && r.baseUnit === model?.baseUnit ? Number(r.valueNormalized) / perUnit : NaN;
      if (Number.isFinite(value)) points.push({ year: r.year!, value, region: r.region || '—', kind: r.kind, label: `${r.value} ${r.unit}` });
    }
    if (points.length > 0) series.push({ measure, unit, points });
  }
  return series;
}

function mostCommon(items: string[]): string {
  const counts = new Map<string, number>();
  for (const i of items) counts.set(i, (counts.get(i) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}
