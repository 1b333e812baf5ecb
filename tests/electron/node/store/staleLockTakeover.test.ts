import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireProjectLock } from '../../../../electron/node/store/projectLock.ts';
import type { ProjectLock } from '../../../../electron/node/store/projectLock.ts';
import { clearStaleLock } from '../../../../electron/node/store/staleLockTakeover.ts';

let projectDir: string;
let lockPath: string;
beforeEach(async () => {
  projectDir = await mkdtemp(join(tmpdir(), 'iw-stale-lock-'));
  lockPath = join(projectDir, '.lock');
});
afterEach(async () => {
  await rm(projectDir, { recursive: true, force: true });
});

function deadRecord(owner: string): string {
  const { pid } = spawnSync(process.execPath, ['-e', '']);
  return JSON.stringify({ pid, hostname: hostname(), owner, acquiredAt: new Date().toISOString() });
}

describe('stale lock takeover', () => {
  it('lets exactly one of many simultaneous contenders win a stale lock', async () => {
    for (let round = 0; round < 10; round++) {
      await writeFile(lockPath, deadRecord('crashed'));
      const outcomes = await Promise.allSettled(
        Array.from({ length: 8 }, (_, i) => acquireProjectLock(projectDir, `contender ${i}`)),
      );
      const winners = outcomes.filter((o): o is PromiseFulfilledResult<ProjectLock> => o.status === 'fulfilled');
      expect(winners).toHaveLength(1);
      for (const o of outcomes) {
        if (o.status === 'rejected') expect(o.reason).toMatchObject({ code: 'PROJECT_LOCKED' });
      }
      const record = JSON.parse(await readFile(lockPath, 'utf8')) as { pid: number };
      expect(record.pid).toBe(process.pid);
      await winners[0]?.value.release();
      expect(await readdir(projectDir)).toEqual([]);
    }
  });

  it('never removes a live lock', async () => {
    const lock = await acquireProjectLock(projectDir, 'holder');
    const before = await readFile(lockPath, 'utf8');
    expect(await clearStaleLock(lockPath, 'intruder')).toBe(true);
    expect(await readFile(lockPath, 'utf8')).toBe(before);
    await lock.release();
  });

  it('waits while another contender holds the takeover guard', async () => {
    await writeFile(lockPath, deadRecord('crashed'));
    const guard = JSON.stringify({ pid: process.pid, hostname: hostname(), owner: 'other', acquiredAt: 'x' });
    await writeFile(`${lockPath}.takeover`, guard);
    expect(await clearStaleLock(lockPath, 'me')).toBe(false);
    expect(await readFile(`${lockPath}.takeover`, 'utf8')).toBe(guard);
  });

  it('clears a takeover guard left by a contender that died mid-takeover', async () => {
    await writeFile(lockPath, deadRecord('crashed'));
    await writeFile(`${lockPath}.takeover`, deadRecord('died mid-takeover'));
    const lock = await acquireProjectLock(projectDir, 'me');
    expect(JSON.parse(await readFile(lockPath, 'utf8'))).toMatchObject({ pid: process.pid, owner: 'me' });
    await lock.release();
    expect(await readdir(projectDir)).toEqual([]);
  });
});
