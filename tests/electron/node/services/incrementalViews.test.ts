/**
 * The views kept between requests and patched by change (suggestions' recordedAs, rank and dismissal; the
 * checks by indicator; record views after a correction) equal a recomputation from scratch after any sequence of
 * saves, deletes, status changes, dismissals, corrections, undo and redo, in a project of two documents. Bounded
 * by work: a fixed number of sequences of a fixed length.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SuggestionView } from '../../../../shared/api/views.ts';
import { DEFAULT_CODEBOOK } from '../../../../shared/codebook/index.ts';
import { decisionsFrom, rankByDecisions, suggestRecords } from '../../../../shared/suggest/index.ts';
import { checkConsistency, checkPlausibility, checksPage, type ChecksPage } from '../../../../shared/checks/index.ts';
import { inReadingOrder } from '../../../../shared/checks/readingOrder.ts';
import { correctedQuotes } from '../../../../shared/records/reviewAfterCorrections.ts';
import { recordViewFromScratch } from '../../../../electron/node/services/toViews.ts';
import { correctedUtf16, rawCodePoint } from '../../../../shared/text/offsets.ts';
import { recordedLookup } from '../../../../electron/node/services/recordedJoin.ts';
import { openableDocuments } from '../../../../electron/node/project/openableDocuments.ts';
import type { LoadedDocument } from '../../../../electron/node/project/loadedDocument.ts';
import { tempProject, type TestProject } from '../../../helpers/tempProject.ts';

// Sentences written for this test: statements the assistant reads, one paragraph twice (a duplicated paragraph).
const REPORT_A = [
  '一、2023年工作回顾', '全年地区生产总值达到172.9亿元，同比增长5.2%。一般公共预算收入完成12.5亿元，增长8.1%。',
  '固定资产投资增长10.3%。城镇新增就业3200人。社会消费品零售总额达到88.6亿元。',
  '全年地区生产总值达到172.9亿元，同比增长5.2%。',
  '二、2024年工作安排', '地区生产总值增长6%左右。一般公共预算收入增长5%。城镇新增就业3000人以上。', '',
].join('\n');
const REPORT_B = [
  '一、2023年工作回顾', '全年地区生产总值达到180.1亿元，增长4.9%。规模以上工业增加值增长7.7%。',
  '一般公共预算收入完成12.5亿元。城镇新增就业3100人。', '',
].join('\n');
const DOCS = ['report-a', 'report-b'];
const INDICATORS = ['地区生产总值', 'GDP', '城镇新增就业'];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'iw-incremental-'));
  await writeFile(join(dir, 'report-a.txt'), REPORT_A);
  await writeFile(join(dir, 'report-b.txt'), REPORT_B);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

type Op =
  | { kind: 'accept'; doc: number; pick: number; verify: boolean }
  | { kind: 'addSpan'; doc: number; at: number; length: number; indicator: number; value: number }
  | { kind: 'edit'; pick: number; indicator: number; value: number }
  | { kind: 'moveTo'; pick: number; to: number }
  | { kind: 'status'; pick: number; status: 'draft' | 'verified' | 'rejected' }
  | { kind: 'delete'; pick: number }
  | { kind: 'dismiss'; doc: number; pick: number; pattern: boolean }
  | { kind: 'correct'; doc: number; at: number; length: number; text: number }
  | { kind: 'correctRecord'; pick: number; at: number; length: number; text: number }
  | { kind: 'undo' | 'redo'; doc: number }
  | { kind: 'retitle'; doc: number; title: number }
  | { kind: 'dismissCheck'; pick: number }
  | { kind: 'list' };

const doc = fc.nat(1);
const pick = fc.nat(1000);
const often = <T>(arbitrary: fc.Arbitrary<T>) => ({ arbitrary, weight: 4 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  often(fc.record({ kind: fc.constant('accept' as const), doc, pick, verify: fc.boolean() })),
  often(fc.record({ kind: fc.constant('addSpan' as const), doc, at: fc.nat(120), length: fc.integer({ min: 1, max: 20 }), indicator: fc.nat(2), value: fc.nat(2) })),
  fc.record({ kind: fc.constant('edit' as const), pick, indicator: fc.nat(2), value: fc.nat(2) }),
  fc.record({ kind: fc.constant('moveTo' as const), pick, to: pick }),
  fc.record({ kind: fc.constant('status' as const), pick, status: fc.constantFrom('draft' as const, 'verified' as const, 'rejected' as const) }),
  fc.record({ kind: fc.constant('delete' as const), pick }),
  fc.record({ kind: fc.constant('dismiss' as const), doc, pick, pattern: fc.boolean() }),
  fc.record({ kind: fc.constant('correct' as const), doc, at: fc.nat(120), length: fc.nat(6), text: fc.nat(3) }),
  often(fc.record({ kind: fc.constant('correctRecord' as const), pick, at: fc.nat(12), length: fc.nat(3), text: fc.nat(3) })),
  fc.record({ kind: fc.constantFrom('undo' as const, 'redo' as const), doc }),
  fc.record({ kind: fc.constant('retitle' as const), doc, title: fc.nat(2) }),
  fc.record({ kind: fc.constant('dismissCheck' as const), pick }),
  fc.constant({ kind: 'list' as const }),
);
const VALUES = ['172.9', '12.5', '3200'];
const INSERTS = ['', '全年', '172.9亿元', '9'];

async function apply(p: TestProject, op: Op): Promise<void> {
  const ignoreRefusal = (e: unknown) => {
    if (!(e instanceof Error) || !('code' in e)) throw e;
  };
  const records = await p.call('records.list', {});
  const record = records.length > 0 && 'pick' in op ? records[op.pick % records.length]! : undefined;
  const docId = 'doc' in op ? DOCS[op.doc]! : '';
  switch (op.kind) {
    case 'accept': {
      const list = await p.call('suggestions.list', { docId, includeDismissed: true });
      const s = list[op.pick % Math.max(1, list.length)];
      if (!s) return;
      await p.call('records.add', {
        docId, evidence: [{ start: s.evidence.start, end: s.evidence.end }],
        fields: { indicator: s.indicator, region: s.region, year: s.year, kind: s.kind, measure: s.measure, value: s.value, unit: s.unit, qualifier: s.qualifier },
        by: 'a', verify: op.verify,
      }).catch(ignoreRefusal);
      return;
    }
    case 'addSpan': {
      const length = (await p.call('docs.get', { docId })).length;
      const start = op.at % Math.max(1, length - op.length);
      await p.call('records.add', {
        docId, evidence: [{ start: rawCodePoint(start), end: rawCodePoint(start + op.length) }],
        fields: { indicator: INDICATORS[op.indicator]!, value: VALUES[op.value]!, unit: '亿元', year: 2023 }, by: 'a', valueDiffers: 'test',
      }).catch(ignoreRefusal);
      return;
    }
    case 'edit':
      if (record) await p.call('records.update', { recordId: record.id, fields: { indicator: INDICATORS[op.indicator]!, value: VALUES[op.value]! }, by: 'a', valueDiffers: 'test' }).catch(ignoreRefusal);
      return;
    case 'moveTo': {
      // A record moved onto another suggestion of its own pattern: what it states changes, its pattern does not.
      if (!record) return;
      const list = await p.call('suggestions.list', { docId: record.docId, includeDismissed: true });
      const alike = list.filter((s) => s.indicator === record.indicator && s.measure === record.measure);
      const s = alike[op.to % Math.max(1, alike.length)];
      if (!s) return;
      await p.call('records.update', {
        recordId: record.id, evidence: [{ start: s.evidence.start, end: s.evidence.end }], fields: { value: s.value, kind: s.kind }, by: 'a', valueDiffers: 'test',
      }).catch(ignoreRefusal);
      return;
    }
    case 'status':
      if (record) await p.call('records.setStatus', { recordId: record.id, status: op.status, by: 'b', valueDiffers: 'test' }).catch(ignoreRefusal);
      return;
    case 'delete':
      if (record) await p.call('records.delete', { recordId: record.id, by: 'a' }).catch(ignoreRefusal);
      return;
    case 'dismiss': {
      const list = await p.call('suggestions.list', { docId, includeDismissed: true });
      const s = list[op.pick % Math.max(1, list.length)];
      if (!s) return;
      await p.call('dismissals.set', {
        docId, itemId: s.id, dismissed: !s.dismissed, by: 'a', ...(op.pattern ? { pattern: { indicator: s.indicator, measure: s.measure } } : {}),
      });
      return;
    }
    case 'correct': {
      const length = (await p.call('docs.get', { docId })).length;
      const start = op.at % Math.max(1, length - op.length);
      await p.call('corrections.add', { docId, start: rawCodePoint(start), end: rawCodePoint(start + op.length), replace: INSERTS[op.text]!, by: 'a' }).catch(ignoreRefusal);
      return;
    }
    case 'correctRecord': {
      // Over, inside or at the edge of a record's evidence: its words, its status and the checks of its value change.
      if (!record) return;
      const start = Math.max(0, record.evidence[0]!.start + op.at - 4);
      const length = (await p.call('docs.get', { docId: record.docId })).length;
      const end = Math.min(length, start + op.length);
      await p.call('corrections.add', { docId: record.docId, start: rawCodePoint(start), end: rawCodePoint(end), replace: INSERTS[op.text]!, by: 'a' }).catch(ignoreRefusal);
      return;
    }
    case 'undo':
    case 'redo':
      await p.call(op.kind === 'undo' ? 'history.undo' : 'history.redo', { docId, by: 'a' }).catch(ignoreRefusal);
      return;
    case 'retitle':
      await p.call('docs.updateMeta', { docId, title: ['甲报告', '乙报告', ''][op.title]!, by: 'a' });
      return;
    case 'dismissCheck': {
      const page = await p.call('checks.list', { includeDismissed: true, offset: 0, limit: 2000 });
      const f = page.findings[op.pick % Math.max(1, page.findings.length)];
      if (f) await p.call('checks.dismiss', { findingId: f.id, dismissed: !f.dismissed, by: 'a' });
      return;
    }
    case 'list':
      return;
  }
}

/** The suggestion views computed from scratch: the analysis, the join, the decisions and the rank, all anew. */
function suggestionsFromScratch(d: LoadedDocument, all: readonly LoadedDocument[], includeDismissed: boolean): SuggestionView[] {
  const book = DEFAULT_CODEBOOK;
  const meta = d.db.data.document;
  const decisions = decisionsFrom(all.flatMap((o) => Object.values(o.db.data.records)),
    all.flatMap((o) => Object.values(o.db.data.dismissed).flatMap((x) => (x.pattern ? [x.pattern] : []))), book);
  const recordedAs = recordedLookup(Object.values(d.db.data.records), book);
  const views: SuggestionView[] = [];
  for (const s of rankByDecisions(suggestRecords(d.view.text, meta, book), decisions, book)) {
    const dismissed = Object.hasOwn(d.db.data.dismissed, s.id);
    if (dismissed && !includeDismissed) continue;
    const corrected = { start: correctedUtf16(s.start), end: correctedUtf16(s.end) };
    const raw = d.view.map.correctedSpanToRaw(corrected.start, corrected.end);
    views.push({
      id: s.id, docId: d.docId, indicator: s.indicator, region: s.region || meta.region, year: s.year, kind: s.kind, measure: s.measure,
      value: s.value, unit: s.unit, qualifier: s.qualifier, valueNormalized: s.valueNormalized, baseUnit: s.baseUnit,
      confidence: s.confidence, reason: s.reason, reasons: s.reasons,
      evidence: {
        start: d.rawIndex.toCodePoint(raw.start), end: d.rawIndex.toCodePoint(raw.end), quote: d.raw.slice(raw.start, raw.end),
        correctedStart: d.correctedIndex.toCodePoint(corrected.start), correctedEnd: d.correctedIndex.toCodePoint(corrected.end), correctedQuote: s.quote,
      },
      dismissed, recordedAs: recordedAs(s, raw)?.id ?? null,
    });
  }
  return views;
}

/** The checks over every record of the project at once, in the order the service lists them. */
function checksFromScratch(p: TestProject, all: readonly LoadedDocument[]): ChecksPage {
  const records = all.flatMap((d) => Object.values(d.db.data.records));
  const quotes = new Map(all.flatMap((d) => Object.values(d.db.data.records).map((r) => [r.id, correctedQuotes(d.view, r.evidence)] as const)));
  const titles = new Map(all.map((d) => [d.docId, d.db.data.document.title || d.db.data.document.fileName]));
  const options = { codebook: DEFAULT_CODEBOOK, correctedQuotes: quotes, documentTitles: titles };
  const found = [...checkConsistency(records, options), ...checkPlausibility(records, options)];
  const position = new Map(records.map((r, i) => [r.id, i]));
  const dismissed = p.session.project.data.dismissedChecks ?? {};
  const listed = inReadingOrder(found, (id) => position.get(id)!).map((f) => ({ ...f, dismissed: Object.hasOwn(dismissed, f.id) }));
  return checksPage(listed, true, 0, 2000);
}

/** What the sequences reached, so the property is known to have compared something. */
const seen = { findings: new Set<string>(), recordedAs: 0, dismissed: 0, learned: 0, correctedRecords: 0 };

async function expectSameAsFromScratch(p: TestProject): Promise<void> {
  const all = await openableDocuments(p.session);
  const checks = await p.call('checks.list', { includeDismissed: true, offset: 0, limit: 2000 });
  expect(checks).toEqual(checksFromScratch(p, all));
  for (const f of checks.findings) seen.findings.add(f.type);
  for (const d of all) {
    for (const includeDismissed of [false, true]) {
      const kept = await p.call('suggestions.list', { docId: d.docId, includeDismissed });
      expect(kept).toEqual(suggestionsFromScratch(d, all, includeDismissed));
      seen.recordedAs += kept.filter((s) => s.recordedAs !== null).length;
      seen.dismissed += kept.filter((s) => s.dismissed).length;
      seen.learned += kept.filter((s) => s.reasons.some((r) => r.code.startsWith('suggestion.learned'))).length;
    }
    const views = new Map((await p.call('records.list', { docId: d.docId })).map((v) => [v.id, v]));
    for (const r of Object.values(d.db.data.records)) {
      expect(views.get(r.id)).toEqual(recordViewFromScratch(d, r));
      if (views.get(r.id)!.corrections.length > 0) seen.correctedRecords++;
    }
  }
}

describe('views kept between requests and patched by change', () => {
  it('equal a recomputation from scratch after any sequence of actions', async () => {
    await fc.assert(fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 20 }), async (ops) => {
      const p = await tempProject();
      try {
        await p.call('docs.importFiles', { paths: DOCS.map((d) => join(dir, `${d}.txt`)), by: 'a' });
        await expectSameAsFromScratch(p);
        for (const op of ops) {
          await apply(p, op);
          await expectSameAsFromScratch(p);
        }
      } finally {
        await p.dispose();
      }
    }), { numRuns: 25, seed: 20261130 });
    expect([...seen.findings].sort()).toEqual(expect.arrayContaining(['conflict', 'duplicate_statement', 'value_not_in_evidence']));
    for (const reached of [seen.recordedAs, seen.dismissed, seen.learned, seen.correctedRecords]) expect(reached).toBeGreaterThan(0);
  });
});

describe('kept views follow changes that touch no record', () => {
  it('a new title renews the findings naming the document; a correction under a record renews its findings and its view', async () => {
    const p = await tempProject();
    try {
      await p.call('docs.importFiles', { paths: [join(dir, 'report-a.txt')], by: 'a' });
      const raw = (await p.call('docs.text', { docId: 'report-a' })).text;
      const at = Array.from(raw).indexOf('1');
      const evidence = [{ start: rawCodePoint(at - 4), end: rawCodePoint(at + 7) }];
      const fields = { indicator: '地区生产总值', value: '172.9', unit: '亿元', year: 2023 };
      await p.call('records.add', { docId: 'report-a', evidence, fields, by: 'a' });
      const rejected = await p.call('records.add', { docId: 'report-a', evidence, fields: { ...fields, indicator: '城镇新增就业' }, by: 'a', valueDiffers: 'test' });
      await p.call('records.setStatus', { recordId: rejected.id, status: 'rejected', by: 'a' });
      const messages = async () => (await p.call('checks.list', { includeDismissed: true, offset: 0, limit: 100 })).findings.map((f) => f.message);
      await p.call('records.list', { docId: 'report-a' });
      expect(await messages()).toEqual([]);

      // The number under both records changes: the kept record's value is no longer in its words.
      await p.call('corrections.add', { docId: 'report-a', start: rawCodePoint(at), end: rawCodePoint(at + 1), replace: '9', by: 'a' });
      expect(await messages()).toEqual([expect.stringContaining('is not in its evidence')]);
      const views = await p.call('records.list', { docId: 'report-a' });
      const all = await openableDocuments(p.session);
      for (const r of Object.values(all[0]!.db.data.records)) expect(views.find((v) => v.id === r.id)).toEqual(recordViewFromScratch(all[0]!, r));
      // A rejected record keeps its status through a correction, and still lists it.
      expect(views.find((v) => v.id === rejected.id)!.corrections).toHaveLength(1);

      await p.call('docs.updateMeta', { docId: 'report-a', title: '甲报告', by: 'a' });
      expect(await messages()).toEqual([expect.stringContaining('— 甲报告')]);
    } finally {
      await p.dispose();
    }
  });
});
