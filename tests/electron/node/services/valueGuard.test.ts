import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../../shared/audit/auditEntry.ts';
import type { Dataset } from '../../../../shared/export/dataset.ts';
import { cpIndexOf, REPORTS_DIR, tempProject, type TestProject } from '../../../helpers/tempProject.ts';
import { rawCodePoint, type RawCodePoint, type Span } from '../../../../shared/text/offsets.ts';

const DOC = 'yangquan-jiaoqu-2023';
const QUOTE = '固定资产投资总额完成 58.2 亿元';
let p: TestProject;
let span: Span<RawCodePoint>;

beforeEach(async () => {
  p = await tempProject();
  await p.call('docs.importFiles', { paths: [`${REPORTS_DIR}${DOC}.txt`], by: 'alice' });
  const start = cpIndexOf((await p.call('docs.text', { docId: DOC })).text, QUOTE);
  span = { start: rawCodePoint(start), end: rawCodePoint(start + Array.from(QUOTE).length) };
});
afterEach(() => p.dispose());

const fields = (value: string, unit = '亿元') => ({ indicator: '固定资产投资', value, unit, year: 2022 });

describe('the value guard at save and verify', () => {
  it('refuses a value its evidence does not state, naming the value and the quote, and saves nothing', async () => {
    const refused = p.call('records.add', { docId: DOC, evidence: [span], fields: fields('58'), by: 'alice', verify: true });
    await expect(refused).rejects.toMatchObject({ code: 'VALUE_NOT_IN_EVIDENCE', details: { value: '58', unit: '亿元', quote: QUOTE } });
    await expect(refused).rejects.toThrow(/value 58 亿元 of 固定资产投资 is not written in its evidence "固定资产投资总额完成 58.2 亿元"/);
    await expect(p.call('records.add', { docId: DOC, evidence: [span], fields: fields('58.2', '万元'), by: 'alice' })).rejects.toMatchObject({ code: 'VALUE_NOT_IN_EVIDENCE' });
    expect(await p.call('records.list', { docId: DOC })).toEqual([]);
    expect((await p.call('history.list', { docId: DOC })).entries.filter((e) => e.action.startsWith('record'))).toEqual([]);
  });

  it('accepts the same value written another way (58.20, 582000 万元)', async () => {
    await p.call('records.add', { docId: DOC, evidence: [span], fields: fields('58.20'), by: 'alice' });
    const other = await p.call('records.add', { docId: DOC, evidence: [span], fields: fields('582000', '万元'), by: 'alice', verify: true });
    expect(other).toMatchObject({ status: 'verified', valueNormalized: '5820000000' });
    expect(other.valueDiffers).toBeUndefined();
  });

  it('accepts a differing value with the reviewer\'s reason, audited, exported, and undone with the record', async () => {
    const r = await p.call('records.add', { docId: DOC, evidence: [span], fields: fields('58'), by: 'alice', verify: true, valueDiffers: 'rounded as in the budget table' });
    expect(r).toMatchObject({ status: 'verified', valueDiffers: { reason: 'rounded as in the budget table', by: 'alice', at: r.createdAt } });
    const history = await p.call('history.list', { docId: DOC });
    expect(history.entries.at(-1)).toMatchObject({ action: 'record.add+verify', by: 'alice' });
    // The audit entry holds the record with its reason, as it was saved.
    const audit = (await readFile(join(p.dir, 'documents', `${DOC}.audit.jsonl`), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as AuditEntry);
    expect(audit.at(-1)!.changes[0]!.after).toMatchObject({ id: r.id, valueDiffers: { reason: 'rounded as in the budget table', by: 'alice' } });

    const json = JSON.parse((await p.call('export.dataset', { format: 'json', all: false })).content) as Dataset;
    expect(json.records[0]!.valueDiffers).toEqual({ reason: 'rounded as in the budget table', by: 'alice', at: r.createdAt });
    const csv = (await p.call('export.dataset', { format: 'csv', all: false })).content.split('\r\n');
    const header = csv[0]!.replace('\uFEFF', '').split(',');
    expect(csv[1]!.split(',')[header.indexOf('valueDiffers')]).toBe('rounded as in the budget table');
    expect((await p.call('checks.list', {})).findings.filter((f) => f.type === 'value_not_in_evidence')).toEqual([]);

    await p.call('history.undo', { docId: DOC, by: 'alice' });
    expect(await p.call('records.list', { docId: DOC })).toEqual([]);
    await p.call('history.redo', { docId: DOC, by: 'alice' });
    expect((await p.call('records.list', { docId: DOC }))[0]!.valueDiffers?.reason).toBe('rounded as in the budget table');
  });

  it('guards edits: a new value needs a new reason, a value the text states drops the old one', async () => {
    const r = await p.call('records.add', { docId: DOC, evidence: [span], fields: fields('58.2'), by: 'alice' });
    await expect(p.call('records.update', { recordId: r.id, fields: { value: '85.2' }, by: 'alice' })).rejects.toMatchObject({ code: 'VALUE_NOT_IN_EVIDENCE' });
    const differing = await p.call('records.update', { recordId: r.id, fields: { value: '85.2' }, by: 'bob', valueDiffers: 'digits swapped in the report' });
    expect(differing.valueDiffers).toMatchObject({ reason: 'digits swapped in the report', by: 'bob' });
    // Another field: the reason still stands for the same value and words.
    expect((await p.call('records.update', { recordId: r.id, fields: { note: 'checked' }, by: 'bob' })).valueDiffers?.reason).toBe('digits swapped in the report');
    await expect(p.call('records.update', { recordId: r.id, fields: { value: '85.3' }, by: 'bob' })).rejects.toMatchObject({ code: 'VALUE_NOT_IN_EVIDENCE' });
    const fixed = await p.call('records.update', { recordId: r.id, fields: { value: '58.2' }, by: 'bob' });
    expect(fixed.valueDiffers).toBeUndefined();
    const history = await p.call('history.list', { docId: DOC });
    expect(history.entries.filter((e) => e.action === 'record.update')).toHaveLength(3);
    await p.call('history.undo', { docId: DOC, by: 'bob' });
    expect((await p.call('records.list', { docId: DOC }))[0]).toMatchObject({ value: '85.2', valueDiffers: { reason: 'digits swapped in the report' } });
  });

  it('guards verifying, one record and in bulk, against the corrected words', async () => {
    const r = await p.call('records.add', { docId: DOC, evidence: [span], fields: fields('58.2'), by: 'alice' });
    // A correction changes the figure the reviewer sees: 58.2 is no longer what the text says.
    const at = span.start + Array.from('固定资产投资总额完成 ').length;
    await p.call('corrections.add', { docId: DOC, start: rawCodePoint(at), end: rawCodePoint(at + 4), replace: '85.2', kind: 'typo', by: 'carol' });
    await expect(p.call('records.setStatus', { recordId: r.id, status: 'verified', by: 'bob' })).rejects.toMatchObject({
      code: 'VALUE_NOT_IN_EVIDENCE', details: { quote: '固定资产投资总额完成 85.2 亿元' },
    });
    const bulk = await p.call('records.setStatusMany', { recordIds: [r.id], status: 'verified', by: 'bob' });
    expect(bulk.changed).toEqual([]);
    expect(bulk.refused).toEqual([{
      recordId: r.id, reason: expect.stringMatching(/value 58\.2 亿元 .* not written in its evidence/),
      code: 'VALUE_NOT_IN_EVIDENCE', details: { recordId: r.id, value: '58.2', unit: '亿元', quote: '固定资产投资总额完成 85.2 亿元' },
    }]);
    expect((await p.call('checks.list', {})).findings.map((f) => f.type)).toContain('value_not_in_evidence');

    const verified = await p.call('records.setStatus', { recordId: r.id, status: 'verified', by: 'bob', valueDiffers: 'the statistics bureau confirms 58.2' });
    expect(verified).toMatchObject({ status: 'verified', valueDiffers: { reason: 'the statistics bureau confirms 58.2', by: 'bob' } });
    // Reopening keeps the reason; verifying again needs no new one.
    await p.call('records.setStatus', { recordId: r.id, status: 'draft', by: 'bob' });
    expect((await p.call('records.setStatusMany', { recordIds: [r.id], status: 'verified', by: 'bob' })).changed).toHaveLength(1);
  });
});
