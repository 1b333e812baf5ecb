import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserOpener, chooseLaunchMode, electronPackageDir, hasDisplay, installedElectronBinary } from '../../../electron/launch.ts';

describe('launch mode', () => {
  const exists = (p: string) => p === '/bin/electron';
  it('runs Electron when the package resolved to a binary that exists', () => {
    expect(chooseLaunchMode({ electronPath: '/bin/electron', exists, platform: 'linux', env: {} })).toEqual({ kind: 'electron', electronPath: '/bin/electron' });
  });

  it('falls back to browser mode when the package is missing, broken, or points to nothing', () => {
    for (const electronPath of [undefined, '', '/missing/electron', { default: '/bin/electron' }]) {
      expect(chooseLaunchMode({ electronPath, exists, platform: 'linux', env: {} }).kind).toBe('browser');
    }
    expect(chooseLaunchMode({ electronPath: '/bin/electron', exists, platform: 'linux', env: { WORKBENCH_BROWSER_MODE: '1' } }).kind).toBe('browser');
  });

  it('opens a browser only where there is a display', () => {
    expect(chooseLaunchMode({ electronPath: undefined, exists, platform: 'linux', env: {} })).toEqual({ kind: 'browser', openBrowser: false });
    expect(chooseLaunchMode({ electronPath: undefined, exists, platform: 'linux', env: { DISPLAY: ':0' } })).toEqual({ kind: 'browser', openBrowser: true });
    expect(hasDisplay('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
    expect(hasDisplay('darwin', {})).toBe(true);
    expect(hasDisplay('win32', {})).toBe(true);
    expect(hasDisplay('freebsd', { DISPLAY: '' })).toBe(false);
  });

  it('uses the platform\'s opener', () => {
    const url = 'http://127.0.0.1:1/?token=ab';
    expect(browserOpener('linux', url)).toEqual({ command: 'xdg-open', args: [url] });
    expect(browserOpener('darwin', url)).toEqual({ command: 'open', args: [url] });
    expect(browserOpener('win32', url).args.join(' ')).toContain(`start "" "${url}"`);
  });
});

describe('the installed Electron binary', () => {
  it('is found through the package without starting a download, and is absent when never fetched', () => {
    const dir = mkdtempSync(join(tmpdir(), 'electron-pkg-'));
    try {
      expect(installedElectronBinary(null)).toBeUndefined();
      expect(installedElectronBinary(dir)).toBeUndefined();
      writeFileSync(join(dir, 'path.txt'), 'electron');
      expect(installedElectronBinary(dir)).toBeUndefined();
      mkdirSync(join(dir, 'dist'));
      writeFileSync(join(dir, 'dist', 'electron'), '');
      expect(installedElectronBinary(dir)).toBe(join(dir, 'dist', 'electron'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('comes from an electron package of the major version electron-builder packages', () => {
    const pkg = JSON.parse(readFileSync(join(electronPackageDir() ?? '', 'package.json'), 'utf8')) as { version: string };
    expect(Number(pkg.version.split('.')[0])).toBeGreaterThanOrEqual(45);
  });
});
