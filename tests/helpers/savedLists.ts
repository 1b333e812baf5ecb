import fc from 'fast-check';
import type { RecordView } from '../../shared/api/views.ts';
import { removeRecord, upsertRecord } from '../../renderer/api/cachePatches.ts';
import { inServicesOrder, recordView } from './recordView.ts';

/**
 * Versions of a records list as the window's cache holds them after a sequence of saves (added, edited, moved,
 * verified, deleted records; a bulk status change), each made by the cache's own patches (cachePatches.ts), with
 * now and then the list read again from the services (new objects throughout). For property tests of what
 * follows the list (listChanges, the index by id, the tables' rows, the highlights).
 */
type Step =
  | { kind: 'add'; start: number; status: RecordView['status']; indicator: number }
  | { kind: 'edit' | 'move' | 'status' | 'delete'; pick: number; start: number; status: RecordView['status'] }
  | { kind: 'bulk'; from: number; count: number; status: RecordView['status'] }
  | { kind: 'reread' };

const STATUSES: RecordView['status'][] = ['draft', 'verified', 'rejected', 'needs_review', 'orphaned'];
const status = fc.constantFrom(...STATUSES);
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), start: fc.nat(400), status, indicator: fc.nat(5) }),
  fc.record({ kind: fc.constantFrom('edit' as const, 'move' as const, 'status' as const, 'delete' as const), pick: fc.nat(), start: fc.nat(400), status }),
  fc.record({ kind: fc.constant('bulk' as const), from: fc.nat(), count: fc.integer({ min: 1, max: 12 }), status }),
  fc.constant({ kind: 'reread' as const }),
);

/** A first list (two documents, several records on one position) and the steps saved after it. */
export const savedLists = fc.record({
  first: fc.array(fc.record({ doc: fc.constantFrom('alpha', 'beta'), start: fc.nat(400), status, indicator: fc.nat(5), year: fc.constantFrom(2022, 2023, null) }), { maxLength: 60 }),
  steps: fc.array(step, { minLength: 1, maxLength: 25 }),
}).map(({ first, steps }) => {
  let next = 0;
  const newId = () => `r${String(next++).padStart(4, '0')}`;
  const lists: RecordView[][] = [inServicesOrder(first.map((r) => recordView({
    id: newId(), docId: r.doc, start: r.start, status: r.status, indicator: `指标${r.indicator}`, year: r.year,
  })))];
  for (const s of steps) {
    const list = lists.at(-1)!;
    const picked = s.kind !== 'add' && s.kind !== 'bulk' && s.kind !== 'reread' && list.length ? list[s.pick % list.length]! : null;
    if (s.kind === 'add') {
      const added = recordView({ id: newId(), docId: 'alpha', start: s.start, status: s.status, indicator: `指标${s.indicator}` });
      lists.push(upsertRecord(list, added, { added: true })!);
    } else if (s.kind === 'reread') {
      lists.push(list.map((r) => structuredClone(r)));
    } else if (s.kind === 'bulk') {
      let changed = list;
      for (const r of list.slice(s.from % Math.max(1, list.length), (s.from % Math.max(1, list.length)) + s.count)) {
        changed = upsertRecord(changed, { ...r, status: s.status }, { previous: r })!;
      }
      lists.push(changed);
    } else if (picked && s.kind === 'delete') {
      lists.push(removeRecord(list, picked)!);
    } else if (picked) {
      const changed = s.kind === 'move' ? recordView({ ...picked, start: s.start })
        : s.kind === 'status' ? { ...picked, status: s.status } : { ...picked, indicator: `${picked.indicator}改`, year: 2024 };
      lists.push(upsertRecord(list, changed, { previous: picked })!);
    }
  }
  return lists;
});
