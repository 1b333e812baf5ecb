/**
 * Removing a stale lock safely. File systems have no "delete this file only if it is still that file", so a
 * contender that judged a lock stale could otherwise delete the fresh lock another contender has just put in
 * its place. Removals are therefore serialised through a short-lived guard file, `<lock>.takeover`, created
 * exclusively: under it the lock is judged again and deleted only if still stale. A live lock is never
 * deleted, and since creation stays exclusive only one contender can then win the freed lock.
 */
import { randomBytes } from 'node:crypto';
import { link, open, rename, unlink } from 'node:fs/promises';
import { errnoCode } from './fsErrors.ts';
import {
  createLockFile, inspectLockFile, isSameSnapshot, lockIoError, newLockRecord, readLockSnapshot,
} from './lockFile.ts';
import type { LockSnapshot } from './lockFile.ts';

/**
 * Deletes the lock at `lockPath` if it is (still) stale. Returns false when another process is doing the
 * same right now; the caller should wait a moment and look again.
 */
export async function clearStaleLock(lockPath: string, owner: string): Promise<boolean> {
  const guardPath = `${lockPath}.takeover`;
  if (!(await createLockFile(guardPath, newLockRecord(owner)))) {
    const guard = await inspectLockFile(guardPath);
    // A guard is stale only if its holder died within the few milliseconds a takeover takes.
    if (guard.kind === 'stale') await removeIfUnchanged(guardPath, guard.snapshot);
    return guard.kind !== 'live';
  }
  try {
    const holder = await inspectLockFile(lockPath);
    if (holder.kind === 'stale') {
      await unlink(lockPath).catch((cause: unknown) => {
        if (errnoCode(cause) !== 'ENOENT') throw lockIoError('could not remove the stale', lockPath, cause);
      });
    }
  } finally {
    await unlink(guardPath).catch(() => undefined);
  }
  return true;
}

/**
 * Removes a stale guard without a guard of its own: it is moved aside atomically, checked, and put back if
 * it turned out to be a fresh one. Only contenders racing right after a crash mid-takeover get here.
 */
async function removeIfUnchanged(path: string, stale: LockSnapshot): Promise<void> {
  const aside = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.stale`;
  try {
    await rename(path, aside);
  } catch (cause) {
    if (errnoCode(cause) === 'ENOENT') return; // someone else already cleared it
    throw lockIoError('could not clear the stale', path, cause);
  }
  const moved = await readLockSnapshot(aside);
  if (moved !== undefined && !isSameSnapshot(moved, stale)) await putBack(aside, path, moved.text);
  await unlink(aside).catch(() => undefined);
}

/** link() never replaces an existing file; where links are unsupported (FAT, some shares) it is recreated. */
async function putBack(aside: string, path: string, text: string): Promise<void> {
  try {
    await link(aside, path);
    return;
  } catch (cause) {
    if (errnoCode(cause) === 'EEXIST') return;
  }
  try {
    const handle = await open(path, 'wx');
    try {
      await handle.writeFile(text);
    } finally {
      await handle.close();
    }
  } catch (cause) {
    if (errnoCode(cause) !== 'EEXIST') throw lockIoError('could not restore', path, cause);
  }
}
