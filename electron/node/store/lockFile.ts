/**
 * A lock file on disk: a small JSON record naming the process that holds it, created exclusively, and
 * judged live or stale (left behind by a process that died) by whoever finds it in the way.
 */
import { open, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { WorkbenchError } from '../../../shared/errors/workbenchError.ts';
import { stableStringify } from '../../../shared/format/stableStringify.ts';
import { describeCause, errnoCode } from './fsErrors.ts';
import { identityOf, mayStillBe, type ProcessIdentity } from './processIdentity.ts';

/** Who holds the lock, so a person (or the next process) can see who has the project open. */
export interface LockRecord extends ProcessIdentity {
  pid: number;
  hostname: string;
  owner: string;
  acquiredAt: string;
}

/** A lock file exactly as read, to tell later whether it is still the same file. */
export interface LockSnapshot {
  text: string;
  ino: number;
  mtimeMs: number;
}

export type LockHolder =
  | { kind: 'gone' } // no lock file (any more)
  | { kind: 'stale'; snapshot: LockSnapshot }
  | { kind: 'live'; record: LockRecord | undefined }; // undefined: being written right now

/**
 * A lock file without a readable record is normally one being written this very moment; once it is this
 * old, its writer died between creating and filling it.
 */
const UNREADABLE_LOCK_GRACE_MS = 5_000;

export function newLockRecord(owner: string): LockRecord {
  return { pid: process.pid, hostname: hostname(), owner, acquiredAt: new Date().toISOString(), ...identityOf(process.pid) };
}

/** Creates the lock file holding `record`, or returns false if one exists. Only one racing creator can win. */
export async function createLockFile(path: string, record: LockRecord): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'wx');
  } catch (cause) {
    if (errnoCode(cause) === 'EEXIST') return false;
    throw lockIoError('could not create', path, cause);
  }
  try {
    await handle.writeFile(stableStringify(record));
  } catch (cause) {
    await handle.close().catch(() => undefined);
    await unlink(path).catch(() => undefined);
    throw lockIoError('could not write', path, cause);
  }
  await handle.close();
  return true;
}

export async function inspectLockFile(path: string): Promise<LockHolder> {
  const snapshot = await readLockSnapshot(path);
  if (snapshot === undefined) return { kind: 'gone' };
  const record = parseLockRecord(snapshot.text);
  if (record === undefined) {
    const stale = Date.now() - snapshot.mtimeMs > UNREADABLE_LOCK_GRACE_MS;
    return stale ? { kind: 'stale', snapshot } : { kind: 'live', record: undefined };
  }
  // A process on another computer (a shared folder) cannot be checked, so its lock is respected.
  if (record.hostname !== hostname()) return { kind: 'live', record };
  // A live pid may belong to an unrelated process (pids are reused, across reboots too): the boot id and start
  // time kept with the pid tell them apart.
  return isProcessAlive(record.pid) && mayStillBe(record.pid, record) ? { kind: 'live', record } : { kind: 'stale', snapshot };
}

/** Contents and identity read through one handle, so they describe the same file. Undefined if there is none. */
export async function readLockSnapshot(path: string): Promise<LockSnapshot | undefined> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (cause) {
    if (errnoCode(cause) === 'ENOENT') return undefined;
    if (errnoCode(cause) === 'EISDIR') throw lockIsFolderError(path);
    throw lockIoError('could not read', path, cause);
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) {
      throw lockIsFolderError(path);
    }
    const text = await handle.readFile('utf8');
    return { text, ino: stats.ino, mtimeMs: stats.mtimeMs };
  } finally {
    await handle.close();
  }
}

export function isSameSnapshot(a: LockSnapshot, b: LockSnapshot): boolean {
  return a.text === b.text && a.ino === b.ino && a.mtimeMs === b.mtimeMs;
}

/** True when `text` is the lock written for `record` (not merely one by the same pid). */
export function isLockOf(text: string, record: LockRecord): boolean {
  const found = parseLockRecord(text);
  return found !== undefined && found.pid === record.pid && found.hostname === record.hostname
    && found.acquiredAt === record.acquiredAt;
}

export function parseLockRecord(text: string): LockRecord | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  const { pid, hostname: host, owner, acquiredAt, bootId, processStart } = value as Record<string, unknown>;
  // A pid of 0 or below would make process.kill address a whole process group.
  if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0) return undefined;
  if (typeof host !== 'string' || typeof owner !== 'string' || typeof acquiredAt !== 'string') return undefined;
  return {
    pid, hostname: host, owner, acquiredAt,
    ...(typeof bootId === 'string' ? { bootId } : {}), ...(typeof processStart === 'string' ? { processStart } : {}),
  };
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (cause) {
    // EPERM: it exists but belongs to another user. Only ESRCH proves it is gone.
    return errnoCode(cause) !== 'ESRCH';
  }
}

function lockIsFolderError(path: string): WorkbenchError {
  return new WorkbenchError('CORRUPT_FILE', `${path} is a folder, not a lock file; remove it to open the project`, { path });
}

export function lockIoError(what: string, path: string, cause: unknown): WorkbenchError {
  return new WorkbenchError('IO_ERROR', `${what} the lock file ${path}: ${describeCause(cause)}`, { path });
}
