import type { RecordView } from '../../shared/api/views.ts';
import { RECORD_MEASURES, type RecordKind, type RecordMeasure, type RecordStatus } from '../../shared/records/indicatorRecord.ts';

/**
 * The dataset as a table: one row per indicator (named the codebook's way), one column per (region, year), and
 * in each cell the actual and the target records side by side. Pure, so the view only draws it.
 */
export interface DatasetFilter {
  statuses: ReadonlySet<RecordStatus>;
  kinds: ReadonlySet<RecordKind>;
  measures: ReadonlySet<RecordMeasure>;
}

export interface DatasetColumn {
  key: string;
  region: string;
  year: number | null;
}

export interface DatasetCell {
  actual: RecordView[];
  target: RecordView[];
}

export interface DatasetRow {
  indicator: string;
  cells: Map<string, DatasetCell>;
  count: number;
}

export interface DatasetPivot {
  columns: DatasetColumn[];
  rows: DatasetRow[];
}

export const columnKey = (region: string, year: number | null): string => `${region}\u0000${year ?? ''}`;

export function matchesFilter(r: RecordView, filter: DatasetFilter): boolean {
  return filter.statuses.has(r.status) && filter.kinds.has(r.kind) && filter.measures.has(r.measure);
}

export function datasetPivot(records: readonly RecordView[], filter: DatasetFilter, canonical: (name: string) => string): DatasetPivot {
  const collator = new Intl.Collator('zh-CN');
  const columns = new Map<string, DatasetColumn>();
  const rows = new Map<string, DatasetRow>();
  for (const r of records) {
    if (!matchesFilter(r, filter)) continue;
    const key = columnKey(r.region, r.year);
    if (!columns.has(key)) columns.set(key, { key, region: r.region, year: r.year });
    const name = canonical(r.indicator);
    let row = rows.get(name);
    if (!row) rows.set(name, (row = { indicator: name, cells: new Map(), count: 0 }));
    let cell = row.cells.get(key);
    if (!cell) row.cells.set(key, (cell = { actual: [], target: [] }));
    cell[r.kind].push(r);
    row.count++;
  }
  // In a cell the level first, then its growth, rate, count and share, whatever order they were recorded in.
  const byMeasure = (a: RecordView, b: RecordView) => RECORD_MEASURES.indexOf(a.measure) - RECORD_MEASURES.indexOf(b.measure);
  for (const row of rows.values()) {
    for (const cell of row.cells.values()) {
      cell.actual.sort(byMeasure);
      cell.target.sort(byMeasure);
    }
  }
  return {
    columns: [...columns.values()].sort((a, b) => collator.compare(a.region, b.region) || (a.year ?? 0) - (b.year ?? 0)),
    rows: [...rows.values()].sort((a, b) => b.count - a.count || collator.compare(a.indicator, b.indicator)),
  };
}
