import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireProjectLock } from '../../../../electron/node/store/projectLock.ts';
import { currentBootId, processStartOf } from '../../../../electron/node/store/processIdentity.ts';
import { WorkbenchError } from '../../../../shared/errors/workbenchError.ts';
import { killHard, spawnFixture, waitForExit, waitForLine } from './fixtures/spawnFixture.ts';

let projectDir: string;
let lockPath: string;
beforeEach(async () => {
  projectDir = await mkdtemp(join(tmpdir(), 'iw-project-lock-'));
  lockPath = join(projectDir, '.lock');
});
afterEach(async () => {
  await rm(projectDir, { recursive: true, force: true });
});

/** The pid of a process that has already exited, so no live process has it. */
function deadPid(): number {
  const { pid } = spawnSync(process.execPath, ['-e', '']);
  if (pid === undefined) throw new Error('could not start a short-lived process');
  return pid;
}

async function lockFileRecord(): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(lockPath, 'utf8')) as Record<string, unknown>;
}

async function lockedError(promise: Promise<unknown>): Promise<WorkbenchError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(WorkbenchError);
  expect(error).toMatchObject({ code: 'PROJECT_LOCKED' });
  return error as WorkbenchError;
}

describe('acquireProjectLock in one process', () => {
  it('writes who holds the lock, and release removes it', async () => {
    const lock = await acquireProjectLock(projectDir, 'workbench test');
    expect(lock.path).toBe(lockPath);
    const record = await lockFileRecord();
    expect(record).toMatchObject({ pid: process.pid, hostname: hostname(), owner: 'workbench test' });
    expect(Number.isNaN(Date.parse(String(record.acquiredAt)))).toBe(false);

    const exitHooks = process.listenerCount('exit');
    await lock.release();
    await lock.release(); // idempotent
    expect(await readdir(projectDir)).toEqual([]);
    expect(process.listenerCount('exit')).toBe(exitHooks - 1);

    const again = await acquireProjectLock(projectDir, 'workbench test');
    await again.release();
  });

  it('refuses a second acquire while the first is held, leaving the lock intact', async () => {
    const lock = await acquireProjectLock(projectDir, 'first window');
    const before = await readFile(lockPath, 'utf8');
    const error = await lockedError(acquireProjectLock(projectDir, 'second window'));
    expect(error.message).toBe(`project is already open in this process (pid ${process.pid}, first window)`);
    expect(error.details).toMatchObject({ pid: process.pid, owner: 'first window' });
    expect(await readFile(lockPath, 'utf8')).toBe(before);
    await lock.release();
  });

  it('release leaves alone a lock file that is no longer its own', async () => {
    const lock = await acquireProjectLock(projectDir, 'mine');
    const someoneElse = { pid: 1, hostname: 'elsewhere', owner: 'other', acquiredAt: new Date().toISOString() };
    await writeFile(lockPath, JSON.stringify(someoneElse));
    await lock.release();
    expect(await lockFileRecord()).toEqual(someoneElse);
  });

  it('takes over a lock whose process is dead', async () => {
    const pid = deadPid();
    await writeFile(lockPath, JSON.stringify({ pid, hostname: hostname(), owner: 'crashed', acquiredAt: 'x' }));
    const lock = await acquireProjectLock(projectDir, 'successor');
    expect(await lockFileRecord()).toMatchObject({ pid: process.pid, owner: 'successor' });
    await lock.release();
    expect(await readdir(projectDir)).toEqual([]);
  });

  it('respects a lock from another computer, naming that computer', async () => {
    const record = { pid: deadPid(), hostname: 'other-host.example', owner: 'colleague', acquiredAt: 'x' };
    await writeFile(lockPath, JSON.stringify(record));
    const error = await lockedError(acquireProjectLock(projectDir, 'me'));
    expect(error.message).toBe(`project is open on another computer (other-host.example, pid ${record.pid}, colleague)`);
    expect(await lockFileRecord()).toEqual(record);
  });

  it('treats an unreadable lock file as being written, until it is a few seconds old', async () => {
    await writeFile(lockPath, '');
    const error = await lockedError(acquireProjectLock(projectDir, 'me'));
    expect(error.message).toBe('project is being opened by another process');

    const aMinuteAgo = new Date(Date.now() - 60_000);
    await utimes(lockPath, aMinuteAgo, aMinuteAgo);
    const lock = await acquireProjectLock(projectDir, 'me');
    expect(await lockFileRecord()).toMatchObject({ pid: process.pid, owner: 'me' });
    await lock.release();
  });

  it('reports IO_ERROR when the project folder does not exist', async () => {
    await expect(acquireProjectLock(join(projectDir, 'missing'), 'me')).rejects.toMatchObject({ code: 'IO_ERROR' });
  });
});

describe('a lock whose pid now names an unrelated live process', () => {
  const hasProc = processStartOf(process.pid) !== undefined;
  const lockOf = (pid: number, identity: Record<string, string>) => JSON.stringify({
    pid, hostname: hostname(), owner: 'old workbench', acquiredAt: '2020-01-01T00:00:00.000Z', ...identity,
  });

  it.runIf(hasProc)('is stale when the process with that pid started at another time (pid reused)', async () => {
    await writeFile(lockPath, lockOf(process.ppid, { processStart: '1', bootId: currentBootId()! }));
    const lock = await acquireProjectLock(projectDir, 'new owner');
    expect(await lockFileRecord()).toMatchObject({ pid: process.pid, owner: 'new owner', processStart: processStartOf(process.pid) });
    await lock.release();
  });

  it.runIf(hasProc)('is stale when it was taken before a reboot', async () => {
    await writeFile(lockPath, lockOf(process.ppid, { processStart: processStartOf(process.ppid)!, bootId: 'an-earlier-boot' }));
    const lock = await acquireProjectLock(projectDir, 'new owner');
    await lock.release();
  });

  it('is respected when it is the same process, and when no identity was kept (older lock, or no /proc)', async () => {
    const same = processStartOf(process.ppid);
    const identities: Record<string, string>[] = [same ? { processStart: same } : {}, {}];
    for (const identity of identities) {
      await writeFile(lockPath, lockOf(process.ppid, identity));
      const error = await lockedError(acquireProjectLock(projectDir, 'new owner'));
      expect(error.message).toContain(`delete ${lockPath} to take the project over`);
    }
  });

  it('a .lock that is a folder is one clear error, and is left alone', async () => {
    await mkdir(lockPath);
    await expect(acquireProjectLock(projectDir, 'me')).rejects.toThrow(`${lockPath} is a folder, not a lock file; remove it to open the project`);
    expect((await stat(lockPath)).isDirectory()).toBe(true);
  });
});

describe('acquireProjectLock across processes', () => {
  it('refuses while a child holds the lock, and takes it over once the child is killed', async () => {
    const child = spawnFixture('holdProjectLock.ts', [projectDir, 'hold']);
    try {
      await waitForLine(child, 'locked');
      const error = await lockedError(acquireProjectLock(projectDir, 'parent'));
      expect(error.message).toContain(`project is open in another process (pid ${child.pid}, lock fixture, since `);
      expect(error.message).toContain(`delete ${join(projectDir, '.lock')} to take the project over`);
      expect(error.details).toMatchObject({ pid: child.pid, owner: 'lock fixture' });
    } finally {
      await killHard(child);
    }
    // SIGKILL runs no exit hook: the child's lock is still on disk, and now stale.
    expect(await lockFileRecord()).toMatchObject({ pid: child.pid });
    const lock = await acquireProjectLock(projectDir, 'parent');
    expect(await lockFileRecord()).toMatchObject({ pid: process.pid, owner: 'parent' });
    await lock.release();
  });

  it('removes the lock in the exit hook when a process exits without releasing it', async () => {
    const child = spawnFixture('holdProjectLock.ts', [projectDir, 'exit']);
    await waitForLine(child, 'locked');
    await waitForExit(child);
    expect(child.exitCode).toBe(0);
    expect(await readdir(projectDir)).toEqual([]);
  });
});
