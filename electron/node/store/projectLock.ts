/**
 * One writer per project folder: `<projectDir>/.lock` names the process that has the project open.
 * A lock left behind by a process that died (crash, kill, power loss) is detected and taken over.
 */
import { readFileSync, unlinkSync } from 'node:fs';
import { readFile, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { WorkbenchError } from '../../../shared/errors/workbenchError.ts';
import { errnoCode } from './fsErrors.ts';
import { createLockFile, inspectLockFile, isLockOf, lockIoError, newLockRecord } from './lockFile.ts';
import type { LockRecord } from './lockFile.ts';
import { clearStaleLock } from './staleLockTakeover.ts';

export interface ProjectLock {
  readonly path: string;
  /** Deletes the lock file if it is still this lock. Safe to call more than once. */
  release(): Promise<void>;
}

export const PROJECT_LOCK_FILE_NAME = '.lock';

/** How long to wait for another process that is clearing the same stale lock (it takes milliseconds). */
const TAKEOVER_WAIT_MS = 3_000;
const TAKEOVER_POLL_MS = 20;

export async function acquireProjectLock(projectDir: string, owner: string): Promise<ProjectLock> {
  const path = join(projectDir, PROJECT_LOCK_FILE_NAME);
  const record = newLockRecord(owner);
  const deadline = Date.now() + TAKEOVER_WAIT_MS;
  for (;;) {
    // Exclusive creation is the arbiter: however many processes race, only one create succeeds.
    if (await createLockFile(path, record)) return holdLock(path, record);
    const holder = await inspectLockFile(path);
    if (holder.kind === 'live') throw lockedError(path, holder.record);
    // 'gone' (released between our create and our look) and a cleared stale lock: simply try again.
    const cleared = holder.kind === 'gone' || (await clearStaleLock(path, owner));
    if (Date.now() > deadline) {
      throw new WorkbenchError('PROJECT_LOCKED', `the project lock ${path} keeps changing hands; try again`, { path });
    }
    if (!cleared) await new Promise((resolve) => setTimeout(resolve, TAKEOVER_POLL_MS));
  }
}

/**
 * Refuses at once, with the message acquiring would give, when a live process holds the project: the launchers
 * ask before spending time on a build. A free or stale lock passes (acquiring later takes a stale one over).
 */
export async function assertProjectLockFree(projectDir: string): Promise<void> {
  const path = join(projectDir, PROJECT_LOCK_FILE_NAME);
  const holder = await inspectLockFile(path);
  if (holder.kind === 'live') throw lockedError(path, holder.record);
}

function holdLock(path: string, record: LockRecord): ProjectLock {
  // 'exit' listeners must be synchronous. This covers process.exit() and a normal end; a kill or a power
  // loss leaves the file behind, and the next acquire finds it stale.
  const releaseOnExit = (): void => {
    try {
      if (isLockOf(readFileSync(path, 'utf8'), record)) unlinkSync(path);
    } catch {
      // Nothing more can be done while exiting.
    }
  };
  process.on('exit', releaseOnExit);
  let released = false;
  return {
    path,
    async release() {
      if (released) return;
      const text = await readFile(path, 'utf8').catch((cause: unknown) => {
        if (errnoCode(cause) === 'ENOENT') return '';
        throw lockIoError('could not read', path, cause);
      });
      if (isLockOf(text, record)) {
        await unlink(path).catch((cause: unknown) => {
          // Throwing before the hook is removed below means the exit hook still tries at the end.
          if (errnoCode(cause) !== 'ENOENT') throw lockIoError('could not remove', path, cause);
        });
      }
      released = true;
      process.off('exit', releaseOnExit);
    },
  };
}

function lockedError(path: string, holder: LockRecord | undefined): WorkbenchError {
  if (holder === undefined) {
    return new WorkbenchError('PROJECT_LOCKED', 'project is being opened by another process', { path });
  }
  const { pid, owner } = holder;
  const details = { pid, owner, hostname: holder.hostname, acquiredAt: holder.acquiredAt, path };
  const message = holder.hostname !== hostname()
    ? `project is open on another computer (${holder.hostname}, pid ${pid}, ${owner})`
    : pid === process.pid
      ? `project is already open in this process (pid ${pid}, ${owner})`
      : `project is open in another process (pid ${pid}, ${owner}, since ${holder.acquiredAt}); close it there, `
        + `or, if no Indicator Workbench is running, delete ${path} to take the project over`;
  return new WorkbenchError('PROJECT_LOCKED', message, details);
}
