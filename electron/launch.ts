/**
 * What `npm start` runs: the Electron app when its binary is there or can be fetched
 * (electron ≥ 45 has no install script: the binary is fetched on first launch), otherwise browser mode on the
 * sample project (this machine, CI, any place without access to Electron's download host). Never a download
 * stack trace: the fetch runs with its output captured, and a failure is the one FALLBACK_LINE.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from './build/ensureBuilt.ts';
import { onStopRequest } from './onStopRequest.ts';
import { serveUntilStopped } from './serveUntilStopped.ts';

export const APP_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const FALLBACK_LINE = 'Electron binary not available (no network to fetch it); starting browser mode instead';
const FETCH_LINE = 'Fetching the Electron binary (first launch)…';

export type LaunchMode =
  | { kind: 'electron'; electronPath: string }
  | { kind: 'browser'; openBrowser: boolean };

export interface LaunchFacts {
  /** The Electron binary's path (installed or just fetched), or undefined when there is none. */
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

/** The installed electron package's folder, or null when the package itself is absent. */
export function electronPackageDir(): string | null {
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/**
 * The binary the electron package points to (path.txt names it inside dist/), or undefined when it was never
 * fetched. Unlike require('electron'), which since v45 starts a download with its output on our terminal,
 * this only looks.
 */
export function installedElectronBinary(packageDir: string | null, exists: (path: string) => boolean = existsSync): string | undefined {
  if (!packageDir) return undefined;
  const pathFile = join(packageDir, 'path.txt');
  if (!exists(pathFile)) return undefined;
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return exists(binary) ? binary : undefined;
}

/** Fetches the binary with the package's own installer, its output captured; undefined when that failed. */
function fetchElectronBinary(packageDir: string | null): string | undefined {
  if (!packageDir) return undefined;
  process.stdout.write(`${FETCH_LINE}\n`);
  spawnSync(process.execPath, [join(packageDir, 'install.js')], { stdio: 'pipe', timeout: 15 * 60_000 });
  return installedElectronBinary(packageDir);
}

function runElectron(electronPath: string): void {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would make the binary behave as plain Node
  const child = spawn(electronPath, [APP_DIR], { stdio: 'inherit', env, windowsHide: false });
  // The window's process goes when we go, however we were stopped; we exit when it has.
  onStopRequest(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  });
  child.on('error', (e) => {
    process.stderr.write(`could not start Electron (${electronPath}): ${e.message}\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function runBrowserMode(openBrowser: boolean): Promise<void> {
  process.stdout.write(`${FALLBACK_LINE}\n`);
  // WORKBENCH_STATIC_DIR serves a renderer of the caller's choosing, as is (tests; no build).
  await serveUntilStopped({
    staticDir: process.env.WORKBENCH_STATIC_DIR || undefined,
    onReady(handle) {
      const url = handle.bridge.url;
      process.stdout.write(`${url}\n`);
      process.stderr.write(`Indicator Workbench (browser mode) on project ${handle.session.layout.dir}; press Ctrl+C to stop\n`);
      if (openBrowser) {
        const { command, args } = browserOpener(process.platform, url);
        const opener = spawn(command, args, { stdio: 'ignore', detached: true, windowsVerbatimArguments: process.platform === 'win32' });
        opener.on('error', () => process.stderr.write('(could not open a browser: open the URL above yourself)\n'));
        opener.unref();
      }
    },
  });
}

async function main(): Promise<void> {
  const packageDir = electronPackageDir();
  const forced = process.env.WORKBENCH_BROWSER_MODE === '1';
  const electronPath = installedElectronBinary(packageDir) ?? (forced ? undefined : fetchElectronBinary(packageDir));
  const mode = chooseLaunchMode({ electronPath, exists: existsSync, platform: process.platform, env: process.env });
  if (mode.kind === 'electron') {
    // The window picks its project itself (the last one, else the sample) and says so when it is locked.
    await ensureBuilt(['renderer', 'electron'], (line) => process.stderr.write(`${line}\n`));
    runElectron(mode.electronPath);
  } else {
    await runBrowserMode(mode.openBrowser);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
