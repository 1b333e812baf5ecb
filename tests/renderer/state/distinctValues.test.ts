import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RecordView } from '../../../shared/api/views.ts';
import { filterOptions, filterOptionsFollower } from '../../../renderer/records/recordQuery.ts';
import { distinctValues } from '../../../renderer/state/distinctValues.ts';
import { recordView } from '../../helpers/recordView.ts';
import { savedLists } from '../../helpers/savedLists.ts';

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe('distinctValues: the values of a field, following saves', () => {
  it('after any sequence of saves lists, sorted and counted, the values a whole pass finds', () => {
    fc.assert(fc.property(savedLists, (lists) => {
      const names = distinctValues((r: RecordView) => [r.indicator], byText);
      for (const list of lists) {
        const { values, counts } = names(list);
        expect(values).toEqual([...new Set(list.map((r) => r.indicator))].sort(byText));
        for (const v of values) expect(counts.get(v)).toBe(list.filter((r) => r.indicator === v).length);
        expect(counts.size).toBe(values.length);
      }
    }), { numRuns: 200 });
  });

  it('keeps the same sorted values when a save neither brings nor takes away a value', () => {
    const names = distinctValues((r: RecordView) => [r.indicator], byText);
    const list = [recordView({ id: 'a', indicator: '甲' }), recordView({ id: 'b', indicator: '乙', start: 5 })];
    const first = names(list).values;
    expect(names([{ ...list[0]!, status: 'verified' }, list[1]!]).values).toBe(first);
    expect(names([list[0]!]).values).toEqual(['甲']);
  });

  it('gives the filter menus what filterOptions gives, after any sequence of saves', () => {
    fc.assert(fc.property(savedLists, (lists) => {
      const optionsOf = filterOptionsFollower();
      for (const list of lists) expect(optionsOf(list)).toEqual(filterOptions(list));
    }), { numRuns: 100 });
  });
});
