/**
 * What `npm start` runs after `npm run build`: the Electron app when its binary is installed, otherwise
 * browser mode on the sample project (this machine, CI, any install where the optional `electron` package
 * could not fetch its binary). Never a download stack trace.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const APP_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const FALLBACK_LINE = 'Electron binary not available (no network to fetch it); starting browser mode instead';

export type LaunchMode =
  | { kind: 'electron'; electronPath: string }
  | { kind: 'browser'; openBrowser: boolean };

export interface LaunchFacts {
  /** What require('electron') returned from Node (the binary's path), or undefined if it threw / is absent. */
  electronPath: unknown;
  exists: (path: string) => boolean;
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
}

/** Pure: Electron when the package resolved to an existing binary (and browser mode was not asked for). */
export function chooseLaunchMode({ electronPath, exists, platform, env }: LaunchFacts): LaunchMode {
  const forced = env.WORKBENCH_BROWSER_MODE === '1';
  if (!forced && typeof electronPath === 'string' && electronPath.length > 0 && exists(electronPath)) {
    return { kind: 'electron', electronPath };
  }
  return { kind: 'browser', openBrowser: hasDisplay(platform, env) };
}

/** macOS and Windows always have one; elsewhere an X11 or Wayland session must be there. */
export function hasDisplay(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): boolean {
  if (platform === 'darwin' || platform === 'win32') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/** The system command that opens a URL in the default browser. */
export function browserOpener(platform: NodeJS.Platform, url: string): { command: string; args: string[] } {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  // `start` is a cmd built-in; its first quoted argument is a window title, hence the empty "".
  if (platform === 'win32') return { command: 'cmd', args: ['/d', '/s', '/c', `start "" "${url}"`] };
  return { command: 'xdg-open', args: [url] };
}

/** The electron package's index.js returns the binary path, or throws when its postinstall never fetched it. */
function resolveElectronBinary(): unknown {
  try {
    return createRequire(import.meta.url)('electron') as unknown;
  } catch {
    return undefined;
  }
}

function runElectron(electronPath: string): void {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would make the binary behave as plain Node
  const child = spawn(electronPath, [APP_DIR], { stdio: 'inherit', env, windowsHide: false });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (!child.killed) child.kill(signal);
    });
  }
  child.on('error', (e) => {
    process.stderr.write(`could not start Electron (${electronPath}): ${e.message}\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function runBrowserMode(openBrowser: boolean): Promise<void> {
  process.stdout.write(`${FALLBACK_LINE}\n`);
  const { serve } = await import('./node/serve/serveMain.ts');
  const { serializeError } = await import('../shared/errors/workbenchError.ts');
  let handle: Awaited<ReturnType<typeof serve>>;
  try {
    handle = await serve({ staticDir: join(APP_DIR, 'dist', 'renderer') });
  } catch (e) {
    process.stderr.write(`error: ${serializeError(e).message}\n`);
    process.exit(1);
  }
  const url = handle.bridge.url;
  process.stdout.write(`${url}\n`);
  process.stderr.write(`Indicator Workbench (browser mode) on project ${handle.session.layout.dir}; press Ctrl+C to stop\n`);
  if (openBrowser) {
    const { command, args } = browserOpener(process.platform, url);
    const opener = spawn(command, args, { stdio: 'ignore', detached: true, windowsVerbatimArguments: process.platform === 'win32' });
    opener.on('error', () => process.stderr.write('(could not open a browser: open the URL above yourself)\n'));
    opener.unref();
  }
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void handle.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function main(): Promise<void> {
  const mode = chooseLaunchMode({ electronPath: resolveElectronBinary(), exists: existsSync, platform: process.platform, env: process.env });
  if (mode.kind === 'electron') runElectron(mode.electronPath);
  else await runBrowserMode(mode.openBrowser);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
