import { describe, expect, it } from 'vitest';
import { DEFAULT_CODEBOOK } from '../../../../shared/codebook/index.ts';
import type { IndicatorRecord } from '../../../../shared/records/indicatorRecord.ts';
import type { Suggestion } from '../../../../shared/suggest/index.ts';
import { recordedLookup } from '../../../../electron/node/services/recordedJoin.ts';

const record = (id: string, start: number, end: number, fields: Partial<IndicatorRecord> = {}) => ({
  id, indicator: '地区生产总值', measure: 'level', kind: 'actual', value: '172.9', status: 'draft',
  evidence: [{ start, end }], ...fields,
}) as unknown as IndicatorRecord;
const suggestion = (fields: Partial<Suggestion> = {}) => ({ indicator: 'GDP', measure: 'level', kind: 'actual', value: '172.9', ...fields }) as Suggestion;

describe('which record already states a suggestion', () => {
  it('joins by statement, then finds a record whose evidence overlaps, the earliest of several', () => {
    const records = [record('far', 500, 520), record('second', 100, 130), record('first', 90, 112), record('other value', 100, 120, { value: '180' })];
    const lookup = recordedLookup(records, DEFAULT_CODEBOOK);
    expect(lookup(suggestion(), { start: 105, end: 110 })?.id).toBe('second');
    expect(lookup(suggestion(), { start: 91, end: 95 })?.id).toBe('first');
    expect(lookup(suggestion(), { start: 200, end: 210 })).toBeUndefined();
    expect(lookup(suggestion({ value: '180' }), { start: 115, end: 118 })?.id).toBe('other value');
    expect(lookup(suggestion({ measure: 'growth' }), { start: 105, end: 110 })).toBeUndefined();
  });

  it('finds the one record over a span among many recordings of the same statement elsewhere, and leaves rejected ones out', () => {
    const records = Array.from({ length: 1000 }, (_, i) => record(`r${i}`, i * 50, i * 50 + 20));
    records.push(record('rejected', 100_000, 100_020, { status: 'rejected' }));
    const lookup = recordedLookup(records, DEFAULT_CODEBOOK);
    expect(lookup(suggestion(), { start: 500 * 50 + 5, end: 500 * 50 + 8 })?.id).toBe('r500');
    expect(lookup(suggestion(), { start: 100_005, end: 100_010 })).toBeUndefined();
    // A long span reaching over many short ones is still found.
    const reaching = recordedLookup([record('long', 0, 10_000), ...records], DEFAULT_CODEBOOK);
    expect(reaching(suggestion(), { start: 9_990, end: 9_995 })?.id).toBe('long');
  });
});
