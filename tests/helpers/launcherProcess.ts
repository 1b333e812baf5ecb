import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface LaunchedScript {
  child: ChildProcess;
  /** The URL line the launcher prints once it serves; rejects if it ends first. */
  url: Promise<string>;
  /** Resolves when the npm process has ended. */
  ended: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr(): string;
}

/**
 * `npm run -s <script> -- args` from the repository, as a person would start it: in a process group of its own,
 * as a terminal's foreground job is, so a signal to the group is what Ctrl+C or a closed terminal sends.
 */
export function launchScript(script: string, args: string[], env: Record<string, string> = {}): LaunchedScript {
  const child = spawn('npm', ['run', '-s', script, '--', ...args], { cwd: REPO_ROOT, stdio: 'pipe', detached: true, env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  const url = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (c: Buffer) => {
      stdout += c.toString('utf8');
      const found = /^(http:\/\/127\.0\.0\.1:\d+\/\S*)$/m.exec(stdout);
      if (found) resolve(found[1]!);
    });
    void ended.then(({ code }) => reject(new Error(`npm run ${script} ended (exit ${code}) before serving: ${stderr}`)));
  });
  url.catch(() => undefined);
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  return { child, url, ended, stderr: () => stderr };
}

/** The pid the project's lock names (the process serving it). */
export function lockHolderPid(lockFile: string): number {
  return (JSON.parse(readFileSync(lockFile, 'utf8')) as { pid: number }).pid;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Waits for a process that is not our child to end: bounded by the test's own timeout, not by a guess here. */
export async function processEnded(pid: number): Promise<void> {
  while (isAlive(pid)) await new Promise((r) => setTimeout(r, 50));
}
