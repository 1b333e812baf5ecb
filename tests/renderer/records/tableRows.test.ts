import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterRecords, NO_FILTER, sortRecords, type RecordFilter, type RecordSort, type SortColumn } from '../../../renderer/records/recordQuery.ts';
import { tableRowsKeeper } from '../../../renderer/records/tableRows.ts';
import { recordView } from '../../helpers/recordView.ts';
import { savedLists } from '../../helpers/savedLists.ts';

const COLUMNS: SortColumn[] = ['position', 'document', 'status', 'indicator', 'value', 'year', 'verified'];
const sorts = fc.record({ column: fc.constantFrom(...COLUMNS), direction: fc.constantFrom('asc' as const, 'desc' as const) });
const filters = fc.constantFrom<RecordFilter>(NO_FILTER, { ...NO_FILTER, status: 'draft' }, { ...NO_FILTER, indicator: '指标1' }, { ...NO_FILTER, year: 'none' });

describe('tableRowsKeeper: a table\'s rows following saves', () => {
  it('after any sequence of saves shows the rows a full filter and sort gives, in the same order', () => {
    fc.assert(fc.property(savedLists, sorts, filters, (lists, sort: RecordSort, filter) => {
      const rowsOf = tableRowsKeeper();
      for (const list of lists) expect(rowsOf(list, filter, sort)).toEqual(sortRecords(filterRecords(list, filter), sort));
    }), { numRuns: 200 });
  });

  it('sorts afresh when the filter or the sort changes', () => {
    const list = [recordView({ id: 'a', start: 9, status: 'verified' }), recordView({ id: 'b', start: 1 })];
    const rowsOf = tableRowsKeeper();
    expect(rowsOf(list, NO_FILTER, { column: 'position', direction: 'asc' }).map((r) => r.id)).toEqual(['b', 'a']);
    expect(rowsOf(list, NO_FILTER, { column: 'status', direction: 'desc' }).map((r) => r.id)).toEqual(['a', 'b']);
    expect(rowsOf(list, { ...NO_FILTER, status: 'draft' }, { column: 'status', direction: 'desc' }).map((r) => r.id)).toEqual(['b']);
  });

  it('places a save in 20,000 rows and keeps every other row the same object', () => {
    const list = Array.from({ length: 20_000 }, (_, i) => recordView({ id: `r${String(i).padStart(5, '0')}`, start: i * 10 }));
    const rowsOf = tableRowsKeeper();
    const sort: RecordSort = { column: 'position', direction: 'asc' };
    const before = rowsOf(list, NO_FILTER, sort);
    const added = recordView({ id: 'new', start: 55_555 });
    const after = rowsOf([...list.slice(0, 5556), added, ...list.slice(5556)], NO_FILTER, sort);
    expect(after.indexOf(added)).toBe(5556);
    expect(after.filter((r) => r !== added).every((r, i) => r === before[i])).toBe(true);
  });
});
