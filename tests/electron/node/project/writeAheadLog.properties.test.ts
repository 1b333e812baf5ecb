import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../../shared/api/contract.ts';
import { openProjectSession, type ProjectSession } from '../../../../electron/node/project/projectSession.ts';
import { callService } from '../../../../electron/node/services/callService.ts';
import { createServices } from '../../../../electron/node/services/createServices.ts';
import { rawCodePoint } from '../../../../shared/text/offsets.ts';

/**
 * The audit log is the write-ahead log: after any sequence of saves, background checkpoints and kills, what a
 * fresh process reads from disk (checkpoint plus replayed log) equals what the process had in memory when it
 * was killed. A kill is simulated by copying the project folder as it is at that moment (every acknowledged
 * save is an fsynced append; checkpoints are atomic renames, so any copy is a state a real kill can leave) and
 * going on from the copy.
 */
const DOC = 'report';
// Our own sentences, with a character outside the BMP so spans and corrections meet surrogate pairs.
const TEXT = '2023年全市地区生产总值达到172.9亿元，增长5.2%。𠀀城镇新增就业1.2万人。\n规模以上工业增加值增长8.1%，固定资产投资58.2亿元。\n';

type Action =
  | { kind: 'add'; at: number; len: number }
  | { kind: 'verify'; pick: number }
  | { kind: 'correct'; at: number; len: number; insert: string }
  | { kind: 'undo' | 'redo' }
  | { kind: 'dismiss'; item: number }
  | { kind: 'checkpoint' }
  | { kind: 'kill' };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), at: fc.nat(60), len: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('verify' as const), pick: fc.nat(20) }),
  fc.record({ kind: fc.constant('correct' as const), at: fc.nat(60), len: fc.nat(3), insert: fc.constantFrom('', 'x', '。', '𠀀') }),
  fc.record({ kind: fc.constantFrom('undo' as const, 'redo' as const) }),
  fc.record({ kind: fc.constant('dismiss' as const), item: fc.nat(3) }),
  fc.record({ kind: fc.constant('checkpoint' as const) }),
  fc.record({ kind: fc.constant('kill' as const) }),
);

interface Live {
  dir: string;
  session: ProjectSession;
  call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>>;
}

async function open(dir: string, maxLogBytes: number): Promise<Live> {
  // No quiet-moment checkpoints (they would make the runs depend on timing): only size, explicit and close.
  const session = await openProjectSession(dir, { create: true, owner: 'property test', checkpoint: { quietMs: 1e9, maxLogBytes } });
  const services = createServices(session, { now: () => '2026-01-01T00:00:00.000Z' });
  return { dir, session, call: (method, input) => callService(services, method, input) };
}

/** Everything the document holds, as the running process has it. */
async function memoryState(live: Live) {
  const doc = await live.session.document(DOC);
  return { data: structuredClone(doc.db.data), history: (await live.call('history.list', { docId: DOC })).entries };
}

/**
 * Copies a folder while the process goes on: a background checkpoint's temp file may be renamed away between
 * listing and copying it, which is exactly what a kill at that moment could leave either way, so a file that
 * vanished is skipped (fs.cp would fail on it).
 */
async function copyAsAKillLeavesIt(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) await copyAsAKillLeavesIt(source, target);
    else await copyFile(source, target).catch((e: NodeJS.ErrnoException) => { if (e.code !== 'ENOENT') throw e; });
  }
}

async function perform(live: Live, a: Action): Promise<void> {
  const by = 'prop';
  const refused = () => undefined; // a refused action (a conflict, a span cutting a pair) changes nothing
  switch (a.kind) {
    case 'add':
      await live.call('records.add', { docId: DOC, evidence: [{ start: rawCodePoint(a.at), end: rawCodePoint(a.at + a.len) }], fields: { indicator: '指标', value: '1', unit: '' }, by, valueDiffers: 'property test: arbitrary span' }).catch(refused);
      return;
    case 'verify': {
      const records = await live.call('records.list', { docId: DOC });
      const r = records[a.pick % Math.max(1, records.length)];
      if (r) await live.call('records.setStatus', { recordId: r.id, status: 'verified', by }).catch(refused);
      return;
    }
    case 'correct':
      await live.call('corrections.add', { docId: DOC, start: rawCodePoint(a.at), end: rawCodePoint(a.at + a.len), replace: a.insert, by }).catch(refused);
      return;
    case 'undo':
    case 'redo':
      await live.call(a.kind === 'undo' ? 'history.undo' : 'history.redo', { docId: DOC, by }).catch(refused);
      return;
    case 'dismiss':
      await live.call('dismissals.set', { docId: DOC, itemId: `s_item${a.item}`, by }).catch(refused);
      return;
    case 'checkpoint':
      await (await live.session.document(DOC)).checkpoint.flush();
      return;
    case 'kill':
      return;
  }
}

describe('checkpoint plus log replay', () => {
  it('equals the in-memory state after any sequence of actions, checkpoints and kills', async () => {
    const root = await mkdtemp(join(tmpdir(), 'iw-wal-prop-'));
    const source = join(root, `${DOC}.txt`);
    await writeFile(source, TEXT);
    let runs = 0;
    try {
      await fc.assert(fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 14 }), fc.integer({ min: 200, max: 20_000 }), async (actions, maxLogBytes) => {
        let live = await open(join(root, `run${runs++}`), maxLogBytes);
        try {
          await live.call('docs.importFiles', { paths: [source], by: 'prop' });
          for (const a of [...actions, { kind: 'kill' } as const]) {
            await perform(live, a);
            if (a.kind !== 'kill') continue;
            const expected = await memoryState(live);
            const copy = `${live.dir}-k`;
            await copyAsAKillLeavesIt(live.dir, copy);
            await rm(join(copy, '.lock'), { force: true }); // the killed process's lock: stale, as after a real kill
            await live.session.close();
            live = await open(copy, maxLogBytes);
            expect(await memoryState(live)).toEqual(expected);
          }
        } finally {
          await live.session.close();
        }
      }), { numRuns: 25 });
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
