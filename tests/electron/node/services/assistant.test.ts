import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codebookToJson, DEFAULT_CODEBOOK } from '../../../../shared/codebook/index.ts';
import { cpIndexOf, REPORTS_DIR, tempProject, type TestProject } from '../../../helpers/tempProject.ts';
import { rawCodePoint } from '../../../../shared/text/offsets.ts';

const DOC = 'yangquan-jiaoqu-2023';
let p: TestProject;
beforeEach(async () => {
  p = await tempProject();
  await p.call('docs.importFiles', { paths: [`${REPORTS_DIR}${DOC}.txt`], by: 'a' });
});
afterEach(() => p.dispose());

describe('suggestions', () => {
  it('learn from the reviewer: rejected patterns rank lower (undoably), a learned synonym names the next statement', async () => {
    const list = await p.call('suggestions.list', { docId: DOC });
    // A pattern (indicator and measure) the report states more than once.
    const target = list.find((s) => list.some((o) => o.id !== s.id && o.indicator === s.indicator && o.measure === s.measure))!;
    const others = list.filter((s) => s.indicator === target.indicator && s.measure === target.measure && s.id !== target.id);
    expect(others.length).toBeGreaterThan(0);
    await p.call('dismissals.set', { docId: DOC, itemId: target.id, by: 'a', pattern: { indicator: target.indicator, measure: target.measure } });
    const after = await p.call('suggestions.list', { docId: DOC });
    for (const o of others) {
      const now = after.find((s) => s.id === o.id)!;
      expect(now.confidence).toBeLessThan(o.confidence);
      expect(now.reasons.at(-1)?.code).toBe('suggestion.learned.rejected');
    }
    await p.call('history.undo', { docId: DOC, by: 'a' });
    const restored = await p.call('suggestions.list', { docId: DOC });
    for (const o of others) expect(restored.find((s) => s.id === o.id)!.confidence).toBe(o.confidence);

    const added = await p.call('codebook.addSynonym', { phrase: '郊区经济总盘子', indicator: '地区生产总值', by: 'a' });
    expect(added.added).toBe(true);
    expect(added.codebook.find((e) => e.name === '地区生产总值')!.synonyms).toContain('郊区经济总盘子');
    expect((await p.call('codebook.addSynonym', { phrase: '郊区经济总盘子', indicator: '地区生产总值', by: 'a' })).added).toBe(false);
    expect((await p.call('codebook.get', {})).find((e) => e.name === '地区生产总值')!.synonyms).toContain('郊区经济总盘子');
  });

  it('propose records with code-point evidence; accepted ones show as recorded, rejected ones stay rejected', async () => {
    const list = await p.call('suggestions.list', { docId: DOC });
    const gdp = list.find((s) => s.indicator === '地区生产总值' && s.value === '172.9')!;
    expect(gdp).toMatchObject({ kind: 'actual', measure: 'level', unit: '亿元', year: 2022, valueNormalized: '17290000000', recordedAs: null });
    const raw = (await p.call('docs.text', { docId: DOC })).text;
    expect(Array.from(raw).slice(gdp.evidence.start, gdp.evidence.end).join('')).toBe(gdp.evidence.quote);

    const rec = await p.call('records.add', {
      docId: DOC, evidence: [{ start: gdp.evidence.start, end: gdp.evidence.end }],
      fields: { indicator: gdp.indicator, region: gdp.region, year: gdp.year, kind: gdp.kind, measure: gdp.measure, value: gdp.value, unit: gdp.unit, qualifier: gdp.qualifier },
      by: 'a', verify: true,
    });
    const growth = list.find((s) => s.measure === 'growth' && s.indicator === '规模以上工业增加值')!;
    await p.call('dismissals.set', { docId: DOC, itemId: growth.id, by: 'a' });

    const after = await p.call('suggestions.list', { docId: DOC });
    expect(after.find((s) => s.id === gdp.id)!.recordedAs).toBe(rec.id);
    expect(after.find((s) => s.id === growth.id)).toBeUndefined();
    expect((await p.call('suggestions.list', { docId: DOC, includeDismissed: true })).find((s) => s.id === growth.id)!.dismissed).toBe(true);

    // The rejection is an audited action: undo brings the suggestion back.
    await p.call('history.undo', { docId: DOC, by: 'a' });
    expect((await p.call('suggestions.list', { docId: DOC })).find((s) => s.id === growth.id)).toBeDefined();
  });

  it('read the corrected text: a sentence split by a stray blank line is suggested once repaired', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'iw-split-'));
    const file = join(dir, 'split.txt');
    await writeFile(file, '回顾2022年工作\n\n全区地区生产总值完成\n\n 85.6 亿元，增长 4.1%。\n');
    const [doc] = (await p.call('docs.importFiles', { paths: [file], by: 'a' })).imported;
    const text = (await p.call('docs.text', { docId: doc!.docId })).text;
    const broken = cpIndexOf(text, '完成') + 2;
    await p.call('corrections.add', { docId: doc!.docId, start: rawCodePoint(broken), end: rawCodePoint(broken + 3), replace: '', kind: 'broken_line', by: 'a' });
    const list = await p.call('suggestions.list', { docId: doc!.docId });
    const level = list.find((s) => s.measure === 'level')!;
    expect(level).toMatchObject({ indicator: '地区生产总值', value: '85.6', unit: '亿元' });
    expect(level.evidence.correctedQuote).toContain('完成85.6 亿元');
    expect(level.evidence.quote).toContain('完成\n\n 85.6 亿元');
  });
});

describe('consistency checks', () => {
  it('catch a conflict planted between two documents', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'iw-conflict-'));
    const file = join(dir, 'city-summary.txt');
    await writeFile(file, '2022年，郊区地区生产总值达到 175.0 亿元。\n');
    const [city] = (await p.call('docs.importFiles', { paths: [file], by: 'a' })).imported;
    const raw = (await p.call('docs.text', { docId: DOC })).text;
    const s1 = cpIndexOf(raw, '达到 172.9 亿元');
    const r1 = await p.call('records.add', { docId: DOC, evidence: [{ start: rawCodePoint(s1), end: rawCodePoint(s1 + 11) }], fields: { indicator: '地区生产总值', region: '阳泉市郊区', year: 2022, value: '172.9', unit: '亿元' }, by: 'a' });
    const s2 = cpIndexOf((await p.call('docs.text', { docId: city!.docId })).text, '达到 175.0 亿元');
    const r2 = await p.call('records.add', { docId: city!.docId, evidence: [{ start: rawCodePoint(s2), end: rawCodePoint(s2 + 11) }], fields: { indicator: 'GDP', region: '阳泉市郊区', year: 2022, value: '175.0', unit: '亿元' }, by: 'a' });
    const { findings } = await p.call('checks.list', {});
    const conflict = findings.find((f) => f.type === 'conflict')!;
    expect(conflict.recordIds.sort()).toEqual([r1.id, r2.id].sort());

    // A reviewer may judge it acceptable: dismissed, remembered in the project, and restorable.
    await p.call('checks.dismiss', { findingId: conflict.id, by: 'a' });
    await p.reopen();
    expect((await p.call('checks.list', {})).findings.map((f) => f.id)).not.toContain(conflict.id);
    expect((await p.call('checks.list', { includeDismissed: true })).findings.find((f) => f.id === conflict.id)!.dismissed).toBe(true);
    await p.call('checks.dismiss', { findingId: conflict.id, dismissed: false, by: 'a' });
    expect((await p.call('checks.list', {})).findings.map((f) => f.id)).toContain(conflict.id);
  });
});

describe('the codebook', () => {
  it('ships a default, and a project codebook can be imported, validated, and exported', async () => {
    const book = await p.call('codebook.get', {});
    expect(book.find((e) => e.name === '地区生产总值')!.synonyms).toContain('GDP');
    const custom = [...DEFAULT_CODEBOOK, { name: '光伏装机容量', synonyms: ['光伏装机'], measures: ['level' as const], units: ['万千瓦'] }];
    await p.call('codebook.set', { json: codebookToJson(custom), by: 'a' });
    await p.reopen();
    expect((await p.call('codebook.get', {})).some((e) => e.name === '光伏装机容量')).toBe(true);
    await expect(p.call('codebook.set', { json: '{"nope": 1}', by: 'a' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
