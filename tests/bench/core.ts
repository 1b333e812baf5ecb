/**
 * Benchmarks of the headless core (figures printed, never asserted): decoding and indexing a 5 MB report,
 * 1,000 corrections, 20,000 records re-mapped, position lookups, and one save of a large document file.
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { wholeSpan } from './wholeSpan.ts';
import { makeEvidence } from '../../shared/anchor/evidence.ts';
import type { Correction } from '../../shared/corrections/correction.ts';
import { buildCorrectedView, planRawCorrection } from '../../shared/corrections/correctionSet.ts';
import type { IndicatorRecord } from '../../shared/records/indicatorRecord.ts';
import { reviewAfterCorrections } from '../../shared/records/reviewAfterCorrections.ts';
import { buildCodePointIndex } from '../../shared/text/codePoints.ts';
import { decodeSource } from '../../shared/text/decodeSource.ts';
import { openProjectSession } from '../../electron/node/project/projectSession.ts';
import { callService } from '../../electron/node/services/callService.ts';
import { createServices } from '../../electron/node/services/createServices.ts';
import { rawUtf16 } from '../../shared/text/offsets.ts';

const REPORTS = fileURLToPath(new URL('../../data/reports/', import.meta.url));

export async function syntheticReport(targetBytes = 5 * 1024 * 1024): Promise<string> {
  const texts = await Promise.all((await readdir(REPORTS)).filter((n) => n.endsWith('.txt')).sort().map((n) => readFile(join(REPORTS, n), 'utf8')));
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < targetBytes; i++) {
    const t = `\n【第${i}部分】𠀀\n` + texts[i % texts.length]!;
    parts.push(t);
    size += Buffer.byteLength(t);
  }
  return parts.join('');
}

function time<T>(label: string, fn: () => T): T {
  const t0 = performance.now();
  const result = fn();
  console.log(`  ${label.padEnd(58)} ${(performance.now() - t0).toFixed(1).padStart(9)} ms`);
  return result;
}

async function timeAsync<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const result = await fn();
  console.log(`  ${label.padEnd(58)} ${(performance.now() - t0).toFixed(1).padStart(9)} ms`);
  return result;
}

export async function benchCore(): Promise<void> {
  console.log('core (5 MB report, 1,000 corrections, 20,000 records)');
  const text = await syntheticReport();
  const bytes = new TextEncoder().encode(text);
  console.log(`  report: ${(bytes.length / 1048576).toFixed(2)} MB, ${text.length} UTF-16 units`);
  time('decode (strict UTF-8)', () => decodeSource(bytes));
  const index = time('code-point index', () => buildCodePointIndex(text, 'raw'));

  // 1,000 scattered corrections: delete a character, replace a word, insert a mark.
  let corrections: Correction[] = [];
  time('plan + apply 1,000 corrections (one at a time, raw coords)', () => {
    const step = Math.floor(text.length / 1000);
    for (let k = 0; k < 1000; k++) {
      const start = k * step + 5;
      const plan = planRawCorrection(text, corrections, { start: rawUtf16(start), end: rawUtf16(start + (k % 3)), after: k % 3 === 1 ? '' : '改' });
      corrections = [...corrections, { id: `c${k}`, docId: 'd', ...plan, kind: 'edit', reason: '', author: 'b', at: '', state: 'active' }];
    }
  });
  const view = time('corrected text + position map (1,000 corrections)', () => buildCorrectedView(text, corrections));

  const records: IndicatorRecord[] = time('20,000 evidence anchors (quote + context)', () =>
    Array.from({ length: 20000 }, (_, i) => {
      const start = Math.floor((i / 20000) * (text.length - 40)) + 1;
      const span = wholeSpan(text, start, 12);
      const evidence = [makeEvidence(text, rawUtf16(span.start), rawUtf16(span.end))];
      return {
        id: `r${i}`, docId: 'd', indicator: 'x', region: '', year: 2023, kind: 'actual', measure: 'level', value: '1', unit: '',
        valueNormalized: null, baseUnit: null, qualifier: '', note: '', status: 'verified', createdBy: 'a', createdAt: '',
        verifiedBy: 'b', verifiedAt: '', evidence, reviewedText: evidence.map((e) => e.quote),
      } satisfies IndicatorRecord;
    }));
  time('re-map 20,000 records to corrected coordinates', () => {
    for (const r of records) view.map.rawSpanToCorrected(r.evidence[0]!.start, r.evidence[0]!.end);
  });
  const reviewed = time('re-derive 20,000 record statuses after the corrections', () => records.map((r) => reviewAfterCorrections(r, view)));
  console.log(`  records sent to review: ${reviewed.filter((r) => r.status !== 'verified').length}`);
  const n = 1_000_000;
  const t0 = performance.now();
  let sink = 0;
  for (let i = 0; i < n; i++) sink += view.map.toCorrected(rawUtf16((i * 7919) % text.length));
  const perLookup = ((performance.now() - t0) * 1e6) / n;
  console.log(`  ${'raw → corrected lookup (O(log n))'.padEnd(58)} ${perLookup.toFixed(0).padStart(9)} ns/op`);
  const t1 = performance.now();
  for (let i = 0; i < n; i++) {
    const u = (i * 7919) % text.length;
    sink += index.toCodePoint(rawUtf16(text.charCodeAt(u) >= 0xdc00 && text.charCodeAt(u) <= 0xdfff ? u + 1 : u));
  }
  console.log(`  ${'UTF-16 → code point lookup'.padEnd(58)} ${(((performance.now() - t1) * 1e6) / n).toFixed(0).padStart(9)} ns/op${sink < 0 ? '!' : ''}`);

  // A real project: import the 5 MB report, then one save with 20,000 records on file.
  const dir = await mkdtemp(join(tmpdir(), 'iw-bench-'));
  try {
    const file = join(dir, 'big-report.txt');
    await writeFile(file, bytes);
    const session = await openProjectSession(join(dir, 'project'), { create: true, owner: 'bench' });
    const services = createServices(session);
    await timeAsync('import the 5 MB report (read, decode, sha256, metadata, save)', () => callService(services, 'docs.importFiles', { paths: [file], by: 'bench' }));
    const doc = await session.document('big-report');
    for (const r of records) doc.db.data.records[r.id] = { ...r, docId: 'big-report' };
    await timeAsync('write the document file once with 20,000 records', () => doc.db.write());
    await timeAsync('add one record (validated, audited, atomic save of 20,000)', () =>
      callService(services, 'records.add', { docId: 'big-report', evidence: [{ start: 100, end: 110 }], fields: { indicator: 'GDP', value: '1', unit: '亿元' }, by: 'bench', valueDiffers: 'bench: an arbitrary span' }));
    await timeAsync('list 20,001 records as API views (code points)', () => callService(services, 'records.list', { docId: 'big-report' }));
    await session.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await benchCore();
