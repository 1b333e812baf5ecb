import { existsSync } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

// No trailing slash: the bridge's path check appends the separator itself (a trailing one makes it refuse all).
export const RENDERER_DIST = fileURLToPath(new URL('../../../dist/renderer', import.meta.url));
const VITE_CONFIG = fileURLToPath(new URL('../../../renderer/vite.config.ts', import.meta.url));
// Test files run in parallel workers: one builds, the others wait for its index.html.
const BUILD_LOCK = fileURLToPath(new URL('../../../dist/.e2e-renderer-build.lock', import.meta.url));
const STALE_LOCK_MS = 5 * 60_000;
const WAIT_LIMIT_MS = 180_000;

const built = () => existsSync(join(RENDERER_DIST, 'index.html'));

/**
 * The e2e tests run against the built renderer (`npm test` and `npm run test:e2e` build it first). When run
 * on their own without a build, build once here rather than fail.
 */
export async function ensureRendererBuilt(): Promise<string> {
  if (built()) return RENDERER_DIST;
  await mkdir(join(BUILD_LOCK, '..'), { recursive: true });
  const started = Date.now();
  while (!(await tryLock())) {
    if (built()) return RENDERER_DIST;
    if (Date.now() - started > WAIT_LIMIT_MS) throw new Error(`e2e: waited ${WAIT_LIMIT_MS / 1000} s for another worker to build the renderer (${BUILD_LOCK})`);
    await sleep(200);
  }
  try {
    if (!built()) {
      const { build } = await import('vite');
      await build({ configFile: VITE_CONFIG, logLevel: 'warn' });
    }
  } finally {
    await rm(BUILD_LOCK, { recursive: true, force: true });
  }
  return RENDERER_DIST;
}

/** mkdir is atomic: whoever creates the folder builds. A lock left by a killed run is taken over. */
async function tryLock(): Promise<boolean> {
  try {
    await mkdir(BUILD_LOCK);
    return true;
  } catch {
    const age = Date.now() - (await stat(BUILD_LOCK).then((s) => s.mtimeMs, () => Date.now()));
    if (age > STALE_LOCK_MS) await rm(BUILD_LOCK, { recursive: true, force: true });
    return false;
  }
}
