import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkDatasetShape, datasetJsonSchemaText } from '../../../shared/export/datasetSchema.ts';

const SCHEMA_FILE = new URL('../../../data/schema/dataset.schema.json', import.meta.url);

const valid = {
  $schema: 'dataset.schema.json', schema: 'indicator-workbench/dataset@1', exportedAt: '2026-01-01T00:00:00.000Z',
  generator: { name: 'indicator-workbench', version: '0.1.0' }, offsetUnit: 'codepoint', filter: 'verified',
  sources: [{ docId: 'd', fileName: 'd.txt', sha256: 'a'.repeat(64), encoding: 'utf-8', length: 10, title: '', region: '', previousVersions: [] }],
  records: [{
    id: 'r_1', docId: 'd', indicator: '地区生产总值', region: '', year: 2022, kind: 'actual', measure: 'level', value: '-3.5', unit: '%',
    qualifier: '', valueNormalized: null, baseUnit: null, note: '', status: 'verified', createdBy: 'a', createdAt: '2026-01-01T00:00:00.000Z',
    verifiedBy: 'b', verifiedAt: '2026-01-01T00:00:01.000Z', corrections: [],
    evidence: [{ start: 0, end: 3, quote: 'abc', prefix: '', suffix: 'd', correctedStart: 0, correctedEnd: 3, correctedQuote: 'abc' }],
  }],
  corrections: [],
};

describe('the dataset.json schema', () => {
  it('is kept in the repository exactly as generated from the zod schema (npm run schema)', async () => {
    expect(await readFile(SCHEMA_FILE, 'utf8')).toBe(datasetJsonSchemaText());
  });

  it('accepts an export and reports shape errors by path', () => {
    expect(checkDatasetShape(valid).ok).toBe(true);
    const bad = structuredClone(valid) as Record<string, unknown> & typeof valid;
    (bad.records[0]!.evidence[0] as Record<string, unknown>).start = '0';
    (bad.records[0] as Record<string, unknown>).kind = 'plan';
    delete (bad as Record<string, unknown>).corrections;
    const result = checkDatasetShape(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => p.path).sort()).toEqual(['corrections', 'records[0].evidence[0].start', 'records[0].kind']);
    }
    const notAnObject = checkDatasetShape([1, 2]);
    expect(!notAnObject.ok && notAnObject.problems[0]!.path).toBe('(the whole file)');
  });
});
