/**
 * When a launcher (`npm start`, `npm run serve`) must stop: SIGINT (Ctrl+C reaches the whole process group),
 * SIGTERM (`kill`, or npm passing one on), SIGHUP (the terminal closed), or the process that started it ended.
 * npm runs a script through a shell and forwards only SIGINT and SIGTERM to that shell; killed by anything else,
 * npm dies and the shell stays, waiting on us. So under npm both our parent and npm itself are watched. `stop`
 * runs once.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const ANCESTOR_CHECK_MS = 250;

export function onStopRequest(stop: (why: string) => void): () => void {
  let stopped = false;
  const once = (why: string) => {
    if (stopped) return;
    stopped = true;
    dispose();
    stop(why);
  };
  const handlers = STOP_SIGNALS.map((signal) => [signal, () => once(signal)] as const);
  for (const [signal, handler] of handlers) process.on(signal, handler);
  const parent = process.ppid;
  const npm = process.env.npm_lifecycle_event ? parentOf(parent) : undefined;
  // Unref'd: it never keeps the process alive by itself.
  const ancestorCheck = setInterval(() => {
    if (process.ppid !== parent) once('parent exited');
    else if (npm !== undefined && !isAlive(npm)) once('npm exited');
  }, ANCESTOR_CHECK_MS).unref();
  function dispose(): void {
    clearInterval(ancestorCheck);
    for (const [signal, handler] of handlers) process.off(signal, handler);
  }
  return dispose;
}

/** The parent of another process (Linux: /proc; elsewhere ps), or undefined when unknown or init. */
export function parentOf(pid: number): number | undefined {
  let found: number | undefined;
  try {
    // Fields after the command name, which ends with the last ')': state, then the parent's pid.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    found = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    if (process.platform === 'win32') return undefined;
    const ps = spawnSync('ps', ['-o', 'ppid=', '-p', String(pid)], { encoding: 'utf8' });
    found = Number(ps.stdout?.trim());
  }
  return Number.isInteger(found) && found! > 1 ? found : undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
