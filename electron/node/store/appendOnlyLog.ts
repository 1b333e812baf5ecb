import { open, readFile, truncate } from 'node:fs/promises';
import { WorkbenchError, refusal } from '../../../shared/errors/workbenchError.ts';
import { errorReason } from '../../../shared/errors/errorReasons.ts';
import { describeCause, errnoCode } from './fsErrors.ts';

/**
 * An append-only JSON-lines log: one JSON value per line, appended and fsynced, so a log that grows with
 * every action costs O(1) per action instead of rewriting the whole history.
 *
 * Only one kind of damage is repaired automatically: a torn final line (no trailing newline), which is what a
 * crash in the middle of an append leaves and which was never acknowledged. Any other bad line is reported
 * (file and line number) and nothing is rewritten: what follows it may be someone's only copy of their work.
 */
export interface LogContents<T> {
  /** The entries before the first damaged line (all of them when the log is sound). */
  entries: T[];
  /** Byte length of each entry's line, in order (so the log can be cut back to any entry). */
  lineBytes: number[];
  /** The first damaged line, 1-based, and what is wrong with it. */
  damage?: { line: number; reason: string };
  /** Bytes of a torn final line that were cut off (0 when there was none). */
  tornBytes: number;
}

/** Says what is wrong with a parsed line (given the entry before it), or undefined when it is fine. */
export type LogLineCheck<T> = (value: unknown, previous: T | undefined) => string | undefined;

export async function readLog<T>(path: string, check?: LogLineCheck<T>): Promise<LogContents<T>> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    if (errnoCode(e) === 'ENOENT') return { entries: [], lineBytes: [], tornBytes: 0 };
    throw refusal('IO_ERROR', errorReason('file.cannotRead', { path, cause: describeCause(e) }), { path });
  }
  const entries: T[] = [];
  const lineBytes: number[] = [];
  let at = 0;
  let damage: LogContents<T>['damage'];
  while (at < bytes.length) {
    const nl = bytes.indexOf(0x0a, at);
    if (nl < 0) break; // a torn final line
    const problem = lineProblem(bytes.subarray(at, nl), entries.at(-1), check);
    if (typeof problem === 'string') {
      damage = { line: entries.length + 1, reason: problem };
      break;
    }
    entries.push(problem.value);
    lineBytes.push(nl + 1 - at);
    at = nl + 1;
  }
  const tornBytes = damage === undefined ? bytes.length - at : 0;
  // A log with damage in it is left exactly as it is, torn tail included.
  if (tornBytes > 0) await truncateLog(path, at);
  return { entries, lineBytes, ...(damage ? { damage } : {}), tornBytes };
}

function lineProblem<T>(line: Buffer, previous: T | undefined, check?: LogLineCheck<T>): string | { value: T } {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(line));
  } catch (e) {
    return line.length === 0 ? 'an empty line' : `not JSON (${describeCause(e)})`;
  }
  const problem = check?.(value, previous);
  return problem === undefined ? { value: value as T } : problem;
}

/**
 * Appends entries (one line each) and fsyncs before returning. Returns the bytes written per line. If the
 * append fails midway, the log is cut back to `knownLength` (when given) so no partial line stays to glue
 * itself to the next append.
 */
export async function appendToLog(path: string, entries: readonly unknown[], knownLength?: number): Promise<number[]> {
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
    if (knownLength !== undefined) await truncateLog(path, knownLength).catch(() => undefined);
    throw refusal('IO_ERROR', errorReason('file.cannotAppend', { path, cause: describeCause(e) }), { path });
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
