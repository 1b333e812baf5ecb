import type { RecordView } from '../../shared/api/views.ts';
import { compareDecimal, parseDecimal } from '../../shared/numbers/index.ts';
import type { RecordStatus } from '../../shared/records/indicatorRecord.ts';
import { distinctValues } from '../state/distinctValues.ts';

export type SortColumn = 'position' | 'document' | 'status' | 'indicator' | 'value' | 'unit' | 'qualifier' | 'region' | 'year' | 'kind' | 'measure' | 'verified';
export type SortDirection = 'asc' | 'desc';

export interface RecordSort {
  column: SortColumn;
  direction: SortDirection;
}

export interface RecordFilter {
  status: RecordStatus | '';
  /** Substring of the indicator, case-insensitive. */
  indicator: string;
  /** A year, 'none' for records without one, or '' for any. */
  year: string;
  region: string;
}

export const NO_FILTER: RecordFilter = { status: '', indicator: '', year: '', region: '' };
export const DEFAULT_SORT: RecordSort = { column: 'position', direction: 'asc' };

export function isFiltering(filter: RecordFilter): boolean {
  return filter.status !== '' || filter.indicator.trim() !== '' || filter.year !== '' || filter.region !== '';
}

export function filterRecords(records: readonly RecordView[], filter: RecordFilter): RecordView[] {
  return records.filter(recordMatches(filter));
}

/** The filter as a test of one record (a save tests the records it changed, see tableRows.ts). */
export function recordMatches(filter: RecordFilter): (r: RecordView) => boolean {
  const needle = filter.indicator.trim().toLowerCase();
  return (r) =>
    (filter.status === '' || r.status === filter.status)
    && (needle === '' || r.indicator.toLowerCase().includes(needle))
    && (filter.year === '' || (filter.year === 'none' ? r.year === null : String(r.year) === filter.year))
    && (filter.region === '' || r.region === filter.region);
}

const STATUS_ORDER: Record<RecordStatus, number> = { needs_review: 0, orphaned: 1, draft: 2, verified: 3, rejected: 4 };
const collator = new Intl.Collator(['zh-CN', 'en'], { numeric: true });

/**
 * Text order within a document: by first evidence span, then id, as records.list returns them. Records of one
 * document skip the collator (a document's table sorts 20,000 records after every save).
 */
function comparePosition(a: RecordView, b: RecordView): number {
  return (a.docId === b.docId ? 0 : collator.compare(a.docId, b.docId)) || (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0) || a.id.localeCompare(b.id);
}

/** Values compare as exact decimals when both are numbers (172.9 < 1000), else as text. */
function compareValues(a: string, b: string): number {
  const x = parseDecimal(a);
  const y = parseDecimal(b);
  if (x !== null && y !== null) return compareDecimal(x, y);
  if (x !== null) return -1;
  if (y !== null) return 1;
  return collator.compare(a, b);
}

function compareBy(column: SortColumn, a: RecordView, b: RecordView): number {
  switch (column) {
    case 'position': return 0;
    case 'document': return collator.compare(a.docId, b.docId);
    case 'status': return STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
    case 'value': return compareValues(a.value, b.value);
    // Records without a year go last in ascending order.
    case 'year': return (a.year ?? Number.MAX_SAFE_INTEGER) - (b.year ?? Number.MAX_SAFE_INTEGER);
    case 'verified': return (a.verifiedAt ?? '').localeCompare(b.verifiedAt ?? '');
    default: return collator.compare(a[column], b[column]);
  }
}

/**
 * The table's order: the sorted column, then text order. A total order (ids are unique), so a row's place
 * depends on the row alone and a save can insert the rows it changed where a full sort would put them.
 */
export function recordOrder(sort: RecordSort): (a: RecordView, b: RecordView) => number {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return (a, b) => sign * compareBy(sort.column, a, b) || comparePosition(a, b);
}

/** Sorted rows: equal values keep text order, so sorting by status still reads top to bottom. */
export function sortRecords(records: readonly RecordView[], sort: RecordSort): RecordView[] {
  return [...records].sort(recordOrder(sort));
}

/** Clicking the sorted column flips its direction; another column starts ascending. */
export function toggleSort(current: RecordSort, column: SortColumn): RecordSort {
  if (current.column === column) return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { column, direction: 'asc' };
}

/** Distinct years and regions present, for the filter menus, following the records by what a save changed. */
export function filterOptionsFollower(): (records: readonly RecordView[]) => ReturnType<typeof filterOptions> {
  const years = distinctValues((r: RecordView) => (r.year === null ? [] : [r.year]), (a: number, b: number) => a - b);
  const regions = distinctValues((r: RecordView) => (r.region ? [r.region] : []), (a: string, b: string) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0));
  const noYear = distinctValues((r: RecordView) => (r.year === null ? [true] : []), () => 0);
  let last: ReturnType<typeof filterOptions> | null = null;
  return (records) => {
    const next = { years: years(records).values as number[], regions: regions(records).values as string[], hasNoYear: noYear(records).values.length > 0 };
    if (!last || last.years !== next.years || last.regions !== next.regions || last.hasNoYear !== next.hasNoYear) last = next;
    return last;
  };
}

/** Distinct years and regions present, for the filter menus. */
export function filterOptions(records: readonly RecordView[]): { years: number[]; regions: string[]; hasNoYear: boolean } {
  const years = new Set<number>();
  const regions = new Set<string>();
  let hasNoYear = false;
  for (const r of records) {
    if (r.year === null) hasNoYear = true;
    else years.add(r.year);
    if (r.region) regions.add(r.region);
  }
  return { years: [...years].sort((a, b) => a - b), regions: [...regions].sort(collator.compare), hasNoYear };
}

/** The record after/before `currentId` in the shown order (j/k), wrapping at neither end. */
export function neighbourRecord(ordered: readonly RecordView[], currentId: string | null, step: 1 | -1): RecordView | null {
  if (ordered.length === 0) return null;
  const at = currentId === null ? -1 : ordered.findIndex((r) => r.id === currentId);
  if (at === -1) return step === 1 ? ordered[0]! : ordered[ordered.length - 1]!;
  return ordered[at + step] ?? null;
}
