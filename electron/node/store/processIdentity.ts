import { readFileSync } from 'node:fs';

/**
 * What tells a process apart from a later one that got the same pid: the boot it runs in and its start time
 * (clock ticks since boot). Read from /proc on Linux; elsewhere both are undefined and a lock is judged by its
 * pid alone.
 */
export interface ProcessIdentity {
  bootId?: string;
  processStart?: string;
}

export function currentBootId(): string | undefined {
  return readProc('/proc/sys/kernel/random/boot_id')?.trim() || undefined;
}

/** Field 22 of /proc/<pid>/stat; the command name before it may hold spaces and parentheses, so parse after the last ')'. */
export function processStartOf(pid: number): string | undefined {
  const stat = readProc(`/proc/${pid}/stat`);
  if (stat === undefined) return undefined;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const start = fields[19];
  return start !== undefined && /^\d+$/.test(start) ? start : undefined;
}

export function identityOf(pid: number): ProcessIdentity {
  const bootId = currentBootId();
  const processStart = processStartOf(pid);
  return { ...(bootId ? { bootId } : {}), ...(processStart ? { processStart } : {}) };
}

/**
 * False when the identity proves the holder is gone although its pid may be alive: a lock from an earlier
 * boot, or a pid now used by a process that started at another time. True when nothing proves that.
 */
export function mayStillBe(pid: number, recorded: ProcessIdentity): boolean {
  const bootId = currentBootId();
  if (recorded.bootId && bootId && recorded.bootId !== bootId) return false;
  const start = processStartOf(pid);
  return !(recorded.processStart && start && recorded.processStart !== start);
}

function readProc(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
