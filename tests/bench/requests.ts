/**
 * The main process's own work per request (figures printed, never asserted): in a document of 0, 1,000 and 20,000
 * records, what each request the window makes around a save and a correction costs the process that answers it
 * (event-loop busy time, so work a worker thread does is not counted), and the background checkpoint: its busy
 * time and the longest stretch it held the event loop (the longest wait another request could see).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { openProjectSession } from '../../electron/node/project/projectSession.ts';
import { callService } from '../../electron/node/services/callService.ts';
import { createServices } from '../../electron/node/services/createServices.ts';
import { rawCodePoint } from '../../shared/text/offsets.ts';
import { buildUiProject, DOC_ID } from './uiProject.ts';

const ROUNDS = 3;

interface Cost {
  busy: number;
  longestBlock: number;
}

/**
 * Busy time of the event loop during `fn`, and the longest gap between two turns of a 1 ms probe timer beyond
 * its millisecond (a timer, not setImmediate, so the loop still goes idle and the busy time stays the work's).
 */
async function cost(fn: () => Promise<unknown>): Promise<Cost> {
  let longestBlock = 0;
  let last = performance.now();
  let probing = true;
  const probe = () => {
    const now = performance.now();
    longestBlock = Math.max(longestBlock, now - last - 1);
    last = now;
    if (probing) setTimeout(probe, 1);
  };
  setTimeout(probe, 1);
  const before = performance.eventLoopUtilization();
  await fn();
  const busy = performance.eventLoopUtilization(before).active;
  probing = false;
  longestBlock = Math.max(longestBlock, performance.now() - last - 1);
  return { busy, longestBlock };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchRequests(): Promise<void> {
  console.log(`main-process work per request, 5 MB report, median of ${ROUNDS} rounds (ms of event-loop busy time; workers not counted)`);
  const sizes = [0, 1_000, 20_000];
  const rows = new Map<string, string[]>();
  const add = (label: string, value: string) => rows.set(label, [...(rows.get(label) ?? []), value]);
  for (const records of sizes) {
    const dir = await mkdtemp(join(tmpdir(), 'iw-bench-requests-'));
    try {
      const project = await buildUiProject(dir, { label: `${records}`, bytes: 5_000_000, records, statements: 'distinct' });
      // Checkpoints only when the bench asks for one.
      const session = await openProjectSession(project, { owner: 'bench', checkpoint: { quietMs: 1e9, maxLogBytes: 1e12 } });
      const services = createServices(session);
      const call = (method: Parameters<typeof callService>[1], input: object) => callService(services, method, input as never);
      // The window's first reads: the analysis and the checks computed once, not measured.
      await call('records.list', { docId: DOC_ID });
      await call('suggestions.list', { docId: DOC_ID });
      await call('checks.list', {});
      const times = new Map<string, number[]>();
      const time = async (label: string, fn: () => Promise<unknown>) => {
        const c = await cost(fn);
        times.set(label, [...(times.get(label) ?? []), c.busy]);
      };
      for (let round = 0; round < ROUNDS; round++) {
        const at = 1_000 + round * 100_000;
        await time('records.add', () => call('records.add', {
          docId: DOC_ID, evidence: [{ start: rawCodePoint(at), end: rawCodePoint(at + 10) }], fields: { indicator: '地区生产总值', value: '1', unit: '亿元' }, by: 'bench', valueDiffers: 'bench',
        }));
        await time('suggestions.list after a save', () => call('suggestions.list', { docId: DOC_ID }));
        await time('checks.list after a save', () => call('checks.list', {}));
        await time('records.list after a save', () => call('records.list', { docId: DOC_ID }));
        await time('corrections.add', () => call('corrections.add', { docId: DOC_ID, start: rawCodePoint(at + 500), end: rawCodePoint(at + 501), replace: '〇', by: 'bench' }));
        await time('records.list after a correction', () => call('records.list', { docId: DOC_ID }));
        await time('checks.list after a correction', () => call('checks.list', {}));
        await time('suggestions.list after a correction (analysis in a worker)', () => call('suggestions.list', { docId: DOC_ID }));
      }
      for (const [label, xs] of times) add(label, median(xs).toFixed(1));
      const doc = await session.document(DOC_ID);
      const checkpoints: Cost[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        await call('records.add', { docId: DOC_ID, evidence: [{ start: rawCodePoint(50 + round), end: rawCodePoint(60 + round) }], fields: { indicator: '地区生产总值', value: '1', unit: '亿元' }, by: 'bench', valueDiffers: 'bench' });
        checkpoints.push(await cost(() => doc.checkpoint.flush()));
      }
      add('background checkpoint: busy', median(checkpoints.map((c) => c.busy)).toFixed(1));
      add('background checkpoint: longest hold of the event loop', median(checkpoints.map((c) => c.longestBlock)).toFixed(1));
      await session.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  console.log(`  ${'request'.padEnd(56)} ${sizes.map((n) => `${n.toLocaleString('en')} rec`.padStart(11)).join('')}`);
  for (const [label, values] of rows) console.log(`  ${label.padEnd(56)} ${values.map((v) => v.padStart(11)).join('')}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchRequests();
