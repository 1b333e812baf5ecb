import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProjectSession } from '../../electron/node/project/projectSession.ts';
import { PROJECT_LOCK_FILE_NAME, acquireProjectLock } from '../../electron/node/store/projectLock.ts';
import { isAlive, launchScript, lockHolderPid, processEnded } from '../helpers/launcherProcess.ts';

/**
 * `npm run serve` and `npm start` (browser mode) as started from a terminal: they refuse a locked project before
 * any build, and however they are stopped (Ctrl+C, kill, a closed terminal) the server ends and the project's
 * lock is free. Each wait is for an event (a line printed, a process ended); the only bound is the test timeout,
 * generous because every launch starts npm and tsx on a machine that may be busy.
 */
const LAUNCH_TIMEOUT = 180_000;
let work: string;
let emptyStatic: string;

async function tinyProject(dir: string): Promise<string> {
  const session = await openProjectSession(dir, { create: true, owner: 'test setup' });
  await session.close();
  return dir;
}

/** The lock is free: nothing holds it, and acquiring it works. */
async function expectLockFree(projectDir: string): Promise<void> {
  expect(existsSync(join(projectDir, PROJECT_LOCK_FILE_NAME))).toBe(false);
  const lock = await acquireProjectLock(projectDir, 'test');
  await lock.release();
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'iw-launchers-'));
  emptyStatic = join(work, 'static');
  await mkdir(emptyStatic);
});
afterAll(() => rm(work, { recursive: true, force: true }));

/** How a launcher gets stopped: npm killed (it forwards SIGTERM; SIGKILL leaves its shell waiting on us), or the
 * whole foreground job signalled (Ctrl+C, a closed terminal). */
const STOPS = [
  { name: 'kill (SIGTERM to npm)', signal: 'SIGTERM', group: false },
  { name: 'Ctrl+C (SIGINT to the job)', signal: 'SIGINT', group: true },
  { name: 'a closed terminal (SIGHUP to the job)', signal: 'SIGHUP', group: true },
  { name: 'npm killed outright (SIGKILL to npm only)', signal: 'SIGKILL', group: false },
] as const;

describe('npm run serve', () => {
  for (const { name, signal, group } of STOPS) {
    it(`ends its server and frees the project on ${name}`, async () => {
      const project = await tinyProject(join(work, `serve-${signal}-${group}`));
      const launched = launchScript('serve', ['--project', project, '--static', emptyStatic]);
      await launched.url;
      const server = lockHolderPid(join(project, PROJECT_LOCK_FILE_NAME));
      expect(server).not.toBe(launched.child.pid);

      if (signal === 'SIGTERM') {
        // A second launcher is refused by the lock before it builds anything (no --static: it would build).
        const second = launchScript('serve', ['--project', project]);
        expect((await second.ended).code).toBe(1);
        expect(second.stderr()).toContain('project is open in another process');
        expect(second.stderr()).not.toContain('building');
      }

      process.kill(group ? -launched.child.pid! : launched.child.pid!, signal);
      await launched.ended;
      await processEnded(server);
      expect(isAlive(server)).toBe(false);
      await expectLockFree(project);
    }, LAUNCH_TIMEOUT);
  }

  it('refuses a folder that is not a project before building, and asks for --create', async () => {
    const launched = launchScript('serve', ['--project', join(work, 'not-a-project')]);
    expect((await launched.ended).code).toBe(1);
    expect(launched.stderr()).toContain('is not a project folder (no project.json); add --create');
    expect(launched.stderr()).not.toContain('building');
  }, LAUNCH_TIMEOUT);
});

describe('npm start in browser mode', () => {
  it('refuses the sample project while it is open elsewhere, and frees it when killed', async () => {
    const userData = join(work, 'user-data');
    const sample = await tinyProject(join(userData, 'projects', 'sample'));
    const env = { WORKBENCH_BROWSER_MODE: '1', WORKBENCH_USER_DATA: userData, WORKBENCH_STATIC_DIR: emptyStatic, DISPLAY: '', WAYLAND_DISPLAY: '' };
    const launched = launchScript('start', [], env);
    await launched.url;
    const server = lockHolderPid(join(sample, PROJECT_LOCK_FILE_NAME));

    const second = launchScript('start', [], { ...env, WORKBENCH_STATIC_DIR: '' });
    expect((await second.ended).code).toBe(1);
    expect(second.stderr()).toContain('project is open in another process');
    expect(second.stderr()).not.toContain('building');

    launched.child.kill('SIGTERM');
    await launched.ended;
    await processEnded(server);
    await expectLockFree(sample);
  }, LAUNCH_TIMEOUT);
});
