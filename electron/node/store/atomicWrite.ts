/**
 * Crash-safe file replacement: readers (and the next start after a crash or power loss) see either the
 * old contents or the new contents of a file, never a half-written mix.
 */
import { randomBytes } from 'node:crypto';
import { open, readdir, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { refusal } from '../../../shared/errors/workbenchError.ts';
import { errorReason } from '../../../shared/errors/errorReasons.ts';
import { describeCause, errnoCode } from './fsErrors.ts';

/** `.<base>.<pid>.<12 hex>.tmp`: hidden, and specific enough that cleanup never touches a user's own *.tmp file. */
const TEMP_FILE_PATTERN = /^\..+\.\d+\.[0-9a-f]{12}\.tmp$/;

/** Temp files of writes still running in this process, so cleanup cannot pull one out from under its rename. */
const inFlightTempFiles = new Set<string>();

/**
 * `data` may come in pieces (an iterable of strings, produced as they are asked for): each is written before the
 * next is made, so other work runs while a big file is written and the whole text is never held at once.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array | Iterable<string>): Promise<void> {
  const dir = dirname(path);
  const tempPath = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  inFlightTempFiles.add(tempPath);
  try {
    // 'wx': never reuse or follow a file that is already there.
    const handle = await open(tempPath, 'wx');
    try {
      if (typeof data === 'string' || data instanceof Uint8Array) await handle.writeFile(data);
      else for (const piece of data) await writeAll(handle, Buffer.from(piece, 'utf8'));
      // The data must be on disk before the rename makes it visible, or a power loss can leave an empty target.
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameReplacing(tempPath, path);
    // Makes the rename itself durable.
    await fsyncDirectory(dir);
  } catch (cause) {
    await unlink(tempPath).catch(() => undefined);
    throw refusal('IO_ERROR', errorReason('file.cannotWrite', { path, cause: describeCause(cause) }), { path });
  } finally {
    inFlightTempFiles.delete(tempPath);
  }
}

async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  for (let at = 0; at < bytes.length;) at += (await handle.write(bytes, at, bytes.length - at)).bytesWritten;
}

/**
 * Deletes temp files left in `dir` by writes that were interrupted (crash, kill, power loss). Call it after
 * taking the project lock, when no other process can be writing there. Returns the paths removed.
 */
export async function removeStaleTempFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (cause) {
    if (errnoCode(cause) === 'ENOENT') return [];
    throw refusal('IO_ERROR', errorReason('file.cannotList', { path: dir, cause: describeCause(cause) }), { path: dir });
  }
  const removed: string[] = [];
  for (const name of names) {
    const path = join(dir, name);
    if (!TEMP_FILE_PATTERN.test(name) || inFlightTempFiles.has(path)) continue;
    try {
      await unlink(path);
      removed.push(path);
    } catch (cause) {
      if (errnoCode(cause) !== 'ENOENT') {
        throw refusal('IO_ERROR', errorReason('file.cannotRemove', { path, cause: describeCause(cause) }), { path });
      }
    }
  }
  return removed;
}

/** Windows refuses to replace a file that a virus scanner or indexer briefly holds open; those holds pass quickly. */
async function renameReplacing(from: string, to: string): Promise<void> {
  const retryable = process.platform === 'win32' ? ['EPERM', 'EACCES', 'EBUSY'] : [];
  for (let attempt = 1; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (cause) {
      if (attempt >= 10 || !retryable.includes(errnoCode(cause) ?? '')) throw cause;
      await new Promise((resolve) => setTimeout(resolve, attempt * 20));
    }
  }
}

/** Some platforms (Windows, some network file systems) cannot open or fsync a directory; there it is skipped. */
async function fsyncDirectory(dir: string): Promise<void> {
  const unsupported = ['EINVAL', 'EISDIR', 'EPERM', 'ENOTSUP'];
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (cause) {
    if (!unsupported.includes(errnoCode(cause) ?? '')) throw cause;
  }
}
