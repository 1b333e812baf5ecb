import { describe, expect, it } from 'vitest';
import type { EvidenceView, RecordView } from '../../../shared/api/views.ts';
import { indexOfRecord, removeRecord, upsertRecord } from '../../../renderer/api/cachePatches.ts';
import { correctedCodePoint, rawCodePoint } from '../../../shared/text/offsets.ts';

function record(id: string, docId: string, start: number): RecordView {
  const evidence: EvidenceView = {
    start: rawCodePoint(start), end: rawCodePoint(start + 2), quote: '', prefix: '', suffix: '',
    correctedStart: correctedCodePoint(start), correctedEnd: correctedCodePoint(start + 2), correctedQuote: '',
  };
  return {
    id, docId, indicator: 'x', region: '', year: null, kind: 'actual', measure: 'level', value: '1', unit: '', valueNormalized: null,
    baseUnit: null, qualifier: '', note: '', status: 'draft', createdBy: 'a', createdAt: '', verifiedBy: null, verifiedAt: null,
    evidence: [evidence], reviewedText: [], corrections: [],
  };
}

/** The services' order (recordServices.ts): document, first span, id. */
const servicesOrder = (list: RecordView[]) => [...list].sort((a, b) => a.docId.localeCompare(b.docId)
  || (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0) || a.id.localeCompare(b.id));

describe('upsertRecord: a saved record in a cached records list', () => {
  const list = servicesOrder([
    record('a1', 'alpha', 5), record('a2', 'alpha', 40), record('b1', 'beta', 3), record('b2', 'beta', 3), record('b3', 'beta', 90),
    record('g1', 'gamma', 0),
  ]);

  it('adds a record where the services would list it, in every document and at either end', () => {
    for (const added of [record('b0', 'beta', 3), record('b9', 'beta', 50), record('a0', 'alpha', 0), record('z1', 'zeta', 1),
      record('d1', 'delta', 7), record('g2', 'gamma', 100), record('a9', 'aardvark', 999)]) {
      expect(upsertRecord(list, added)!.map((r) => r.id)).toEqual(servicesOrder([...list, added]).map((r) => r.id));
    }
  });

  it('replaces a record in place and keeps every other record the same object', () => {
    const changed = { ...list[3]!, status: 'verified' as const };
    const next = upsertRecord(list, changed)!;
    expect(next[3]).toBe(changed);
    next.forEach((r, i) => i !== 3 && expect(r).toBe(list[i]));
    expect(list[3]!.status).toBe('draft');
  });

  it('moves a record whose evidence moved to where the services now list it', () => {
    const moved = { ...record('a1', 'alpha', 60) };
    const next = upsertRecord(list, moved, { previous: list[0] })!;
    expect(next.map((r) => r.id)).toEqual(servicesOrder([...list.slice(1), moved]).map((r) => r.id));
    // Without the earlier version at hand it is looked for along the list.
    expect(upsertRecord(list, moved)!.map((r) => r.id)).toEqual(next.map((r) => r.id));
  });

  it('removes a record and keeps every other one the same object; one not listed leaves the list as it was', () => {
    const next = removeRecord(list, list[2]!)!;
    expect(next).toEqual([...list.slice(0, 2), ...list.slice(3)]);
    expect(removeRecord(list, record('zz', 'zeta', 1))).toBe(list);
  });

  it('finds a record by binary search where it sits, or along the list when its evidence moved', () => {
    expect(indexOfRecord(list, 'b2', [list[3]!])).toBe(3);
    expect(indexOfRecord(list, 'b2', [record('b2', 'beta', 95)])).toBe(3);
    expect(indexOfRecord(list, 'b2', [record('b2', 'beta', 95)], false)).toBe(-1);
  });

  it('leaves a list not cached alone', () => {
    expect(upsertRecord(undefined, record('x', 'alpha', 1))).toBeUndefined();
  });
});
