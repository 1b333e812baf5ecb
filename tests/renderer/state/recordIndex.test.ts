import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layeredLookup, RecordIndex, recordIndexer } from '../../../renderer/state/recordIndex.ts';
import { recordView } from '../../helpers/recordView.ts';
import { savedLists } from '../../helpers/savedLists.ts';

describe('RecordIndex: records by id, following saves', () => {
  it('after any sequence of saves finds every record as an index built afresh does, and nothing else', () => {
    fc.assert(fc.property(savedLists, (lists) => {
      const index = recordIndexer();
      for (const list of lists) {
        const followed = index(list);
        const fresh = RecordIndex.of(list);
        expect(followed.size).toBe(list.length);
        for (const r of list) expect(followed.get(r.id)).toBe(r);
        for (const r of lists.flat()) expect(followed.get(r.id)).toBe(fresh.get(r.id));
      }
    }), { numRuns: 200 });
  });

  it('keeps each version as it was: a later save makes a new index and leaves the earlier one alone', () => {
    const a = recordView({ id: 'a', start: 1 });
    const b = recordView({ id: 'b', start: 5 });
    const index = recordIndexer();
    const first = index([a, b]);
    const verified = { ...a, status: 'verified' as const };
    const second = index([verified, b]);
    const third = index([verified]);
    expect([first.get('a'), second.get('a'), third.get('a')]).toEqual([a, verified, verified]);
    expect([first.get('b'), second.get('b'), third.get('b')]).toEqual([b, b, undefined]);
    expect([first.size, second.size, third.size]).toEqual([2, 2, 1]);
  });

  it('stays right past the point where its changes are folded into a new shared map', () => {
    const index = recordIndexer();
    let list = Array.from({ length: 100 }, (_, i) => recordView({ id: `r${i}`, start: i }));
    index(list);
    for (let round = 0; round < 3000; round++) {
      const at = round % 100;
      list = list.map((r, i) => (i === at ? { ...r, note: String(round) } : r));
      index(list);
    }
    const last = index(list);
    expect(list.every((r) => last.get(r.id) === r)).toBe(true);
    expect(last.size).toBe(100);
  });
});

describe('layeredLookup', () => {
  it('prefers the open document\'s version of a record and falls back to the project\'s', () => {
    const old = recordView({ id: 'a' });
    const newer = { ...old, status: 'verified' as const };
    const other = recordView({ id: 'b', docId: 'e' });
    const lookup = layeredLookup(RecordIndex.of([newer]), RecordIndex.of([old, other]));
    expect(lookup.get('a')).toBe(newer);
    expect(lookup.get('b')).toBe(other);
    expect(lookup.get('c')).toBeUndefined();
    expect(lookup.size).toBe(2);
  });
});
