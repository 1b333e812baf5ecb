/**
 * Saves (figures printed, never asserted): adding one record to a document already holding 0, 1k, 5k and 20k
 * records, beside the floor measured in the same run (one fsync'd append of an audit entry of the same size),
 * and a save in a project of 5 versus 500 documents. The audit log is the write-ahead log, so a save should cost
 * its own entry, not the document or the project.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeEvidence } from '../../shared/anchor/evidence.ts';
import type { IndicatorRecord } from '../../shared/records/indicatorRecord.ts';
import { openProjectSession, type ProjectSession } from '../../electron/node/project/projectSession.ts';
import { callService } from '../../electron/node/services/callService.ts';
import { createServices } from '../../electron/node/services/createServices.ts';
import { appendToLog } from '../../electron/node/store/appendOnlyLog.ts';
import { syntheticReport } from './core.ts';
import { rawUtf16 } from '../../shared/text/offsets.ts';

const SAMPLES = 40;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function timeEach(n: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn(i);
    times.push(performance.now() - t0);
  }
  return times;
}

const row = (label: string, ms: number, extra = '') => console.log(`  ${label.padEnd(58)} ${ms.toFixed(2).padStart(9)} ms${extra}`);

/** Fills a document with `count` records straight into its state, then checkpoints once (not part of any timing). */
async function fillTo(session: ProjectSession, docId: string, text: string, count: number): Promise<void> {
  const doc = await session.document(docId);
  const have = Object.keys(doc.db.data.records).length;
  for (let i = have; i < count; i++) {
    const start = Math.floor((i / 20_000) * (text.length - 40)) + 1;
    const safe = (u: number) => (text.charCodeAt(u) >= 0xdc00 && text.charCodeAt(u) <= 0xdfff ? u + 1 : u);
    const evidence = [makeEvidence(text, rawUtf16(safe(start)), rawUtf16(safe(start + 8)))];
    const r: IndicatorRecord = {
      id: `r_fill${i}`, docId, indicator: '地区生产总值', region: '', year: 2023, kind: 'actual', measure: 'level',
      value: '1', unit: '亿元', valueNormalized: '100000000', baseUnit: 'yuan', qualifier: '', note: '', status: 'draft',
      createdBy: 'bench', createdAt: '2026-01-01T00:00:00.000Z', verifiedBy: null, verifiedAt: null, evidence, reviewedText: [evidence[0]!.quote],
    };
    doc.db.data.records[r.id] = r;
  }
  await doc.db.write();
}

export async function benchSaves(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'iw-bench-saves-'));
  try {
    const text = await syntheticReport();
    const file = join(dir, 'big-report.txt');
    await writeFile(file, text);
    const session = await openProjectSession(join(dir, 'project'), { create: true, owner: 'bench' });
    const services = createServices(session);
    await callService(services, 'docs.importFiles', { paths: [file], by: 'bench' });
    const add = () => callService(services, 'records.add', {
      docId: 'big-report', evidence: [{ start: 100, end: 110 }], fields: { indicator: 'GDP', value: '1', unit: '亿元' }, by: 'bench', valueDiffers: 'bench: an arbitrary span',
    });

    // The floor: one fsync'd append of an entry as big as a record.add's, to a log of its own, measured
    // interleaved with the adds so both see the same disk and the same machine load.
    const doc = await session.document('big-report');
    await add();
    const sampleEntry = doc.audit.at(-1)!;
    const floorLog = join(dir, 'floor.audit.jsonl');
    console.log(`saves (5 MB report; medians of ${SAMPLES} adds, each beside one floor append; the state file is a background checkpoint)`);
    const byCount = new Map<number, { add: number; floor: number }>();
    for (const count of [0, 1_000, 5_000, 20_000]) {
      if (count === 0) for (const id of Object.keys(doc.db.data.records)) delete doc.db.data.records[id];
      await fillTo(session, 'big-report', text, count);
      const adds: number[] = [];
      const floors: number[] = [];
      for (let i = 0; i < SAMPLES; i++) {
        floors.push(...(await timeEach(1, () => appendToLog(floorLog, [sampleEntry]))));
        adds.push(...(await timeEach(1, add)));
      }
      const m = { add: median(adds), floor: median(floors) };
      byCount.set(count, m);
      row(`add one record to a document holding ${count.toLocaleString('en')}`, m.add, `   floor ${m.floor.toFixed(2)} ms, ${(m.add / m.floor).toFixed(1)}× floor`);
    }
    const at20k = byCount.get(20_000)!;
    console.log(`  20k vs empty: ${(at20k.add / byCount.get(0)!.add).toFixed(2)}× (goal ≤ 1.5×); 20k vs floor: ${(at20k.add / at20k.floor).toFixed(1)}× (goal ≤ 5×)`);
    const t0 = performance.now();
    await doc.checkpoint.flush();
    row('the background checkpoint of 20,000 records (off the save path)', performance.now() - t0);
    await session.close();

    await benchProjectSize(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A save in a project of 5 documents versus 500: it touches one document's log, whatever the project's size. */
async function benchProjectSize(root: string): Promise<void> {
  const results: number[] = [];
  for (const docs of [5, 500]) {
    const dir = join(root, `docs-${docs}`);
    const session = await openProjectSession(dir, { create: true, owner: 'bench' });
    const services = createServices(session);
    const files: string[] = [];
    for (let i = 0; i < docs; i++) {
      const f = join(root, `r${docs}-${i}.txt`);
      await writeFile(f, `第${i}号报告：2023年地区生产总值达到${100 + i}亿元，增长${i % 9}.5%。\n`);
      files.push(f);
    }
    await callService(services, 'docs.importFiles', { paths: files, by: 'bench' });
    const target = (await session.docIds())[0]!;
    const ms = median(await timeEach(SAMPLES, () => callService(services, 'records.add', {
      docId: target, evidence: [{ start: 0, end: 4 }], fields: { indicator: 'GDP', value: '1', unit: '亿元' }, by: 'bench', valueDiffers: 'bench: an arbitrary span',
    })));
    results.push(ms);
    row(`add one record in a project of ${docs} documents`, ms);
    await session.close();
  }
  console.log(`  500 vs 5 documents: ${(results[1]! / results[0]!).toFixed(2)}× (goal ≤ 1.2×)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await benchSaves();
