import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPORTS_DIR, tempProject, type TestProject } from '../../../helpers/tempProject.ts';
import { correctedCodePoint, rawCodePoint } from '../../../../shared/text/offsets.ts';

const DOC = 'yangquan-jiaoqu-2023';
let p: TestProject;
beforeEach(async () => {
  p = await tempProject();
  await p.call('docs.importFiles', { paths: [`${REPORTS_DIR}${DOC}.txt`], by: 'a' });
});
afterEach(() => p.dispose());

describe('repairing a report with its records in place', () => {
  it('accepting every finding keeps each record on the same words, or says which ones changed', async () => {
    // Records first: every suggestion accepted and verified.
    for (const s of await p.call('suggestions.list', { docId: DOC })) {
      const r = await p.call('records.add', {
        docId: DOC, evidence: [{ start: s.evidence.start, end: s.evidence.end }],
        fields: { indicator: s.indicator, year: s.year, kind: s.kind, measure: s.measure, value: s.value, unit: s.unit, qualifier: s.qualifier }, by: 'a',
      });
      await p.call('records.setStatus', { recordId: r.id, status: 'verified', by: 'b' });
    }
    const before = await p.call('records.list', { docId: DOC });
    expect(before.length).toBeGreaterThan(10);

    // Then every finding, one at a time (positions are re-read after each repair).
    let accepted = 0;
    for (let guard = 0; guard < 100; guard++) {
      const findings = await p.call('defects.list', { docId: DOC });
      const next = findings.find((f) => f.type !== 'fragment' && f.type !== 'typo');
      if (!next) break;
      await p.call('corrections.editCorrected', { docId: DOC, correctedFrom: next.correctedStart, correctedTo: next.correctedEnd, insert: next.replacement, kind: next.type, reason: next.reason, by: 'c' });
      accepted++;
    }
    expect(accepted).toBeGreaterThanOrEqual(5);
    expect((await p.call('defects.list', { docId: DOC })).filter((f) => f.type === 'duplicate' || f.type === 'markup')).toEqual([]);

    const raw = Array.from((await p.call('docs.text', { docId: DOC })).text);
    const corrected = Array.from((await p.call('docs.text', { docId: DOC, view: 'corrected' })).text);
    for (const c of await p.call('corrections.list', { docId: DOC })) expect(raw.slice(c.start, c.end).join('')).toBe(c.before);
    for (const r of await p.call('records.list', { docId: DOC })) {
      for (const e of r.evidence) {
        expect(raw.slice(e.start, e.end).join('')).toBe(e.quote);
        expect(corrected.slice(e.correctedStart, e.correctedEnd).join('')).toBe(e.correctedQuote);
      }
      if (r.corrections.length === 0) {
        expect(r.status).toBe('verified');
        expect(r.evidence.map((e) => e.correctedQuote)).toEqual(r.evidence.map((e) => e.quote));
      } else {
        expect(['needs_review', 'orphaned']).toContain(r.status);
        expect(r.review?.previousStatus).toBe('verified');
      }
    }
  });

  it('a rejected finding stays rejected', async () => {
    const [first] = await p.call('defects.list', { docId: DOC });
    await p.call('dismissals.set', { docId: DOC, itemId: first!.id, by: 'a' });
    expect((await p.call('defects.list', { docId: DOC })).map((f) => f.id)).not.toContain(first!.id);
  });
});

describe('records on a deleted duplicate', () => {
  it('can be moved to the surviving copy, found by their quote', async () => {
    const raw = (await p.call('docs.text', { docId: DOC })).text;
    const quote = '创新开展“三个一批”';
    const first = raw.indexOf(quote);
    const second = raw.indexOf(quote, first + 1);
    const cp = (u: number) => Array.from(raw.slice(0, u)).length;
    const r = await p.call('records.add', { docId: DOC, evidence: [{ start: rawCodePoint(cp(second)), end: rawCodePoint(cp(second) + quote.length) }], fields: { indicator: '公共文化服务', value: '3', unit: '个' }, by: 'a', valueDiffers: '“三个一批” is a slogan' });
    // The detector protects the copy carrying a record (it proposes deleting the other one) ...
    const dup = (await p.call('defects.list', { docId: DOC })).find((f) => f.type === 'duplicate' && f.text.includes(quote))!;
    expect(dup.start).toBeLessThan(cp(second));
    // ... but the reviewer deletes the later copy anyway, record and all.
    const paraStart = raw.lastIndexOf('\n', second) + 1;
    const paraEnd = raw.indexOf('\n', second);
    await p.call('corrections.add', { docId: DOC, start: rawCodePoint(cp(paraStart)), end: rawCodePoint(cp(paraEnd)), replace: '', kind: 'duplicate', by: 'a' });
    expect((await p.call('records.list', { docId: DOC }))[0]!.status).toBe('orphaned');

    const [survivor] = await p.call('records.findQuote', { recordId: r.id });
    expect(survivor).toMatchObject({ start: cp(first), end: cp(first) + quote.length, quote });
    const moved = await p.call('records.update', { recordId: r.id, evidence: [{ start: survivor!.start, end: survivor!.end }], by: 'a' });
    expect(moved).toMatchObject({ status: 'draft', evidence: [{ quote, correctedQuote: quote }] });

    await p.call('records.delete', { recordId: r.id, by: 'a' });
    expect(await p.call('records.list', { docId: DOC })).toEqual([]);
    await p.call('history.undo', { docId: DOC, by: 'a' });
    expect(await p.call('records.list', { docId: DOC })).toHaveLength(1);
  });
});

describe('several repairs at once', () => {
  it('are one action and one undo step, whatever their order, adjacent ones included', async () => {
    const MD = 'taiyuan-xinghualing-2023';
    await p.call('docs.importFiles', { paths: [`${REPORTS_DIR}${MD}.txt`], by: 'a' });
    const before = (await p.call('docs.text', { docId: MD, view: 'corrected' })).text;
    const markup = (await p.call('defects.list', { docId: MD })).filter((f) => f.type === 'markup');
    expect(markup.length).toBeGreaterThan(3);
    const at = cpIndexOfText(before, '全面贯彻');
    const result = await p.call('corrections.editCorrectedBatch', {
      docId: MD, kind: 'markup', by: 'c',
      edits: [
        ...markup.map((f) => ({ correctedFrom: f.correctedStart, correctedTo: f.correctedEnd, insert: f.replacement, expect: f.text })),
        { correctedFrom: correctedCodePoint(at), correctedTo: correctedCodePoint(at + 1), insert: '甲', kind: 'edit' as const },
        { correctedFrom: correctedCodePoint(at + 1), correctedTo: correctedCodePoint(at + 2), insert: '乙', kind: 'edit' as const },
      ],
    });
    expect(result.corrections).toHaveLength(markup.length + 2);
    const after = (await p.call('docs.text', { docId: MD, view: 'corrected' })).text;
    expect(after).toContain('甲乙贯彻');
    expect((await p.call('defects.list', { docId: MD })).filter((f) => f.type === 'markup')).toEqual([]);
    const raw = Array.from((await p.call('docs.text', { docId: MD })).text);
    for (const c of await p.call('corrections.list', { docId: MD })) expect(raw.slice(c.start, c.end).join('')).toBe(c.before);
    const history = await p.call('history.list', { docId: MD });
    expect(history.entries.at(-1)!.action).toBe('correction.batch');
    await p.call('history.undo', { docId: MD, by: 'c' });
    expect((await p.call('docs.text', { docId: MD, view: 'corrected' })).text).toBe(before);
    await p.call('history.redo', { docId: MD, by: 'c' });
    expect((await p.call('docs.text', { docId: MD, view: 'corrected' })).text).toBe(after);
    await expect(p.call('corrections.editCorrectedBatch', { docId: MD, by: 'c', edits: [{ correctedFrom: correctedCodePoint(5), correctedTo: correctedCodePoint(9), insert: 'x' }, { correctedFrom: correctedCodePoint(8), correctedTo: correctedCodePoint(12), insert: 'y' }] }))
      .rejects.toThrow(/overlap/);
  });
});

function cpIndexOfText(text: string, needle: string): number {
  return Array.from(text.slice(0, text.indexOf(needle))).length;
}
