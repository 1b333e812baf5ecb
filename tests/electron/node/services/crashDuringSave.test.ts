import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORTS_DIR, tempProject, type TestProject } from '../../../helpers/tempProject.ts';

const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const script = fileURLToPath(new URL('./fixtures/saveLoop.ts', import.meta.url));
const DOC = 'yangquan-city-2024';
/** Each round starts a child through tsx (seconds on a busy machine): the time budget grows with the rounds. */
const ROUNDS = 8;

let p: TestProject;
beforeAll(async () => {
  p = await tempProject();
  await p.call('docs.importFiles', { paths: [`${REPORTS_DIR}${DOC}.txt`], by: 'a' });
  await p.session.close();
});
afterAll(() => p.dispose());

/** Runs the save loop, kills it with SIGKILL `delayMs` after its first save, and returns how many saves it acknowledged. */
function runAndKill(delayMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', tsx, script, p.dir, DOC], { stdio: 'pipe' });
    let out = '';
    let err = '';
    let killScheduled = false;
    child.stderr.on('data', (c: Buffer) => (err += c));
    child.stdout.on('data', (c: Buffer) => {
      out += c;
      if (!killScheduled && out.includes('saved ')) {
        killScheduled = true;
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`child exited ${code}: ${err}`));
      const acknowledged = [...out.matchAll(/^saved (\d+)$/gm)].map((m) => Number(m[1]));
      resolve(Math.max(0, ...acknowledged));
    });
  });
}

describe('a project killed in the middle of saves', () => {
  it('reopens every time with every acknowledged save, consistent: every record has its audit entry, every correction its before text', async () => {
    let lastCount = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const acknowledged = await runAndKill(40 + ((round * 37) % 120));
      await p.reopen(); // also proves the stale lock of the killed process is taken over
      const records = await p.call('records.list', { docId: DOC });
      // Not one acknowledged save lost: every "saved" line the child printed is on disk.
      expect(records.length).toBeGreaterThanOrEqual(lastCount + acknowledged);
      const history = await p.call('history.list', { docId: DOC });
      const raw = (await p.call('docs.text', { docId: DOC })).text;
      const added = history.entries.filter((e) => e.action === 'record.add').length;
      expect(records.length).toBe(added);
      expect(records.length).toBeGreaterThanOrEqual(lastCount);
      lastCount = records.length;
      for (const c of await p.call('corrections.list', { docId: DOC })) expect(Array.from(raw).slice(c.start, c.end).join('')).toBe(c.before);
      await p.session.close();
    }
    expect(lastCount).toBeGreaterThan(ROUNDS);
  }, ROUNDS * 30_000);
});
