import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { followList, listChanges } from '../../../renderer/state/listChanges.ts';
import { inServicesOrder } from '../../helpers/recordView.ts';
import { savedLists } from '../../helpers/savedLists.ts';

/** The list `before` becomes when `changes` are applied as a multiset of objects. */
function applied<T>(before: readonly T[], changes: { removed: T[]; added: T[] }): T[] {
  const left = [...before];
  for (const r of changes.removed) left.splice(left.indexOf(r), 1);
  return [...left, ...changes.added];
}

const asSet = <T>(list: readonly T[]) => new Set(list);

describe('listChanges: what a save changed in a list, by reference', () => {
  const a = { id: 'a' };
  const b = { id: 'b' };
  const c = { id: 'c' };
  const b2 = { id: 'b' };
  const d = { id: 'd' };

  it('names a record added, replaced or removed anywhere in the list', () => {
    expect(listChanges([a, b, c], [a, b, c])).toEqual({ removed: [], added: [] });
    expect(listChanges([a, b, c], [d, a, b, c])).toEqual({ removed: [], added: [d] });
    expect(listChanges([a, b, c], [a, b, c, d])).toEqual({ removed: [], added: [d] });
    expect(listChanges([a, b, c], [a, b2, c])).toEqual({ removed: [b], added: [b2] });
    expect(listChanges([a, b, c], [a, b, b2])).toEqual({ removed: [c], added: [b2] });
    expect(listChanges([a, b, c], [a, c])).toEqual({ removed: [b], added: [] });
    expect(listChanges([a, b, c], [])).toEqual({ removed: [a, b, c], added: [] });
    // A record that moved is a new object in another place: it leaves one place and enters the other.
    expect(listChanges([a, b, c], [b2, a, c])).toEqual({ removed: [b], added: [b2] });
  });

  it('gives up on lists that share (almost) nothing: a list read again is rebuilt', () => {
    const many = Array.from({ length: 50 }, (_, i) => ({ id: `x${i}` }));
    expect(listChanges(many, many.map((r) => ({ ...r })))).toBeNull();
    expect(listChanges(many, many.slice(10), 5)).toBeNull();
  });

  it('after any sequence of saves, the old list minus the removed plus the added holds the new list', () => {
    fc.assert(fc.property(savedLists, (lists) => {
      for (let i = 1; i < lists.length; i++) {
        const changes = listChanges(lists[i - 1]!, lists[i]!);
        if (changes === null) continue;
        const result = applied(lists[i - 1]!, changes);
        expect(result.length).toBe(lists[i]!.length);
        expect(asSet(result)).toEqual(asSet(lists[i]!));
      }
    }), { numRuns: 200 });
  });

  it('finds the changes of a save in 20,000 records, naming only the records it touched', () => {
    const list = Array.from({ length: 20_000 }, (_, i) => ({ id: `r${i}` }));
    const saved = [...list.slice(0, 12_345), { id: 'new' }, ...list.slice(12_345, 15_000), { id: 'r15000' }, ...list.slice(15_001)];
    expect(listChanges(list, saved)).toEqual({ removed: [list[15_000]], added: [{ id: 'new' }, { id: 'r15000' }] });
  });
});

describe('followList: a derivation that follows a list by its changes', () => {
  it('gives what the whole list gives, patching when it can and rebuilding when it cannot', () => {
    fc.assert(fc.property(savedLists, (lists) => {
      const sorted = followList(
        (list: readonly { id: string }[]) => list.map((r) => r.id).sort(),
        (previous, { removed, added }) => {
          const next = previous.filter((id) => !removed.some((r) => r.id === id) || added.some((r) => r.id === id));
          for (const r of added) if (!next.includes(r.id)) next.push(r.id);
          return next.sort();
        },
      );
      for (const list of lists) expect(sorted(list)).toEqual(inServicesOrder(list).map((r) => r.id).sort());
    }), { numRuns: 100 });
  });

  it('returns the same result for the same list, and a new one for a changed list', () => {
    const follow = followList((list: readonly number[]) => [...list], (previous, { added }) => [...previous, ...added]);
    const list = [1, 2];
    expect(follow(list)).toBe(follow(list));
    expect(follow([...list, 3])).toEqual([1, 2, 3]);
  });
});
