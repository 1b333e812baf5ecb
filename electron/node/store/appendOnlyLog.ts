import { open, readFile, truncate } from 'node:fs/promises';
import { WorkbenchError } from '../../../shared/errors/workbenchError.ts';
import { describeCause, errnoCode } from './fsErrors.ts';

/**
 * An append-only JSON-lines log: one JSON value per line, appended and fsynced, so a log that grows with
 * every action costs O(1) per action instead of rewriting the whole history.
 * A line torn by a crash (no trailing newline, or not JSON) is the end of the log and is cut off on read.
 */
export interface LogContents<T> {
  entries: T[];
  /** Byte length of each complete line, in order (so the log can be cut back to any entry). */
  lineBytes: number[];
}

export async function readLog<T>(path: string): Promise<LogContents<T>> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    if (errnoCode(e) === 'ENOENT') return { entries: [], lineBytes: [] };
    throw new WorkbenchError('IO_ERROR', `could not read ${path}: ${describeCause(e)}`, { path });
  }
  const entries: T[] = [];
  const lineBytes: number[] = [];
  let at = 0;
  while (at < bytes.length) {
    const nl = bytes.indexOf(0x0a, at);
    if (nl < 0) break; // torn last line
    try {
      entries.push(JSON.parse(bytes.subarray(at, nl).toString('utf8')) as T);
    } catch {
      break; // a damaged line ends the log: nothing after it can be trusted to follow it
    }
    lineBytes.push(nl + 1 - at);
    at = nl + 1;
  }
  if (at < bytes.length) await truncateLog(path, at);
  return { entries, lineBytes };
}

/** Appends entries (one line each) and fsyncs before returning. Returns the bytes written per line. */
export async function appendToLog(path: string, entries: readonly unknown[]): Promise<number[]> {
  const lines = entries.map((e) => Buffer.from(JSON.stringify(e) + '\n', 'utf8'));
  try {
    const handle = await open(path, 'a');
    try {
      await handle.write(Buffer.concat(lines));
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (e) {
    throw new WorkbenchError('IO_ERROR', `could not append to ${path}: ${describeCause(e)}`, { path });
  }
  return lines.map((l) => l.length);
}

export async function truncateLog(path: string, length: number): Promise<void> {
  try {
    await truncate(path, length);
  } catch (e) {
    if (errnoCode(e) !== 'ENOENT') throw new WorkbenchError('IO_ERROR', `could not repair ${path}: ${describeCause(e)}`, { path });
  }
}
