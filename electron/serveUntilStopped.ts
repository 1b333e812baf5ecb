/**
 * Browser mode as the launchers run it (`npm run serve`, `npm start`'s fallback): refusals first (not a project,
 * project open elsewhere), then the renderer built only if it changed, then the server in this very process
 * until a stop request (onStopRequest.ts) closes it and releases the project lock. No child process is left
 * behind, because there is none: killing the launcher ends the server. A stop during the build or the start
 * exits at once; the lock, if already taken, is released by the session's exit hook.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serializeError } from '../shared/errors/workbenchError.ts';
import { ensureBuilt } from './build/ensureBuilt.ts';
import { assertCanServe, type ServeHandle, type ServeOptions } from './node/serve/serveMain.ts';
import { onStopRequest } from './onStopRequest.ts';

export const APP_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BUILT_RENDERER_DIR = join(APP_DIR, 'dist', 'renderer');

export interface ServeUntilStoppedOptions extends ServeOptions {
  /** Called once the server listens, with its URL (printing it, opening a browser). */
  onReady(handle: ServeHandle): void;
}

/** Resolves when the server is up; the process exits (0) when it is stopped, or (1) with one line on an error. */
export async function serveUntilStopped(options: ServeUntilStoppedOptions): Promise<void> {
  let handle: ServeHandle | undefined;
  onStopRequest(() => {
    if (!handle) process.exit(0);
    void handle.close().then(() => process.exit(0), (e: unknown) => fail(e));
  });
  try {
    await assertCanServe(options);
    // A renderer of the caller's choosing (--static) is served as it is; ours is built when it changed.
    if (!options.staticDir) await ensureBuilt(['renderer'], (line) => process.stderr.write(`${line}\n`));
    const { serve } = await import('./node/serve/serveMain.ts');
    const started = await serve({ ...options, staticDir: options.staticDir ?? BUILT_RENDERER_DIR, echoLog: true });
    // Uncaught errors of the server go to the log file too (the window's come through log.error).
    started.logger.catchProcessErrors('serve');
    handle = started;
    options.onReady(started);
  } catch (e) {
    fail(e);
  }
}

function fail(e: unknown): never {
  process.stderr.write(`error: ${serializeError(e).message}\n`);
  process.exit(1);
}
