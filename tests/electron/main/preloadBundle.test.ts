import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_METHODS, MAIN_ONLY_METHODS } from '../../../shared/api/contract.ts';
import { buildElectron, type ElectronBuildResult } from '../../../electron/build/buildElectron.ts';
import { MENU_CHANNEL, MENU_EVENTS, RENDERER_METHODS, isRendererMethod, type WorkbenchBridge } from '../../../shared/api/bridgeContract.ts';

/**
 * The preload bundle as a sandboxed renderer runs it: a CommonJS script whose `require` knows only
 * 'electron'. It must expose exactly window.workbench = { invoke, onMenu, onSettings } and filter both directions.
 */
let tmp: string;
let built: ElectronBuildResult;
let text: string;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'iw-preload-'));
  built = await buildElectron({ outDir: join(tmp, 'dist', 'electron') });
  text = await readFile(built.preload, 'utf8');
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

function loadPreload() {
  const exposed = new Map<string, unknown>();
  const invoked: unknown[][] = [];
  const listeners = new Map<string, Set<(...a: unknown[]) => void>>();
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
    ipcRenderer: {
      invoke: (...args: unknown[]) => { invoked.push(args); return Promise.resolve({ ok: true, result: 'from main' }); },
      on: (ch: string, l: (...a: unknown[]) => void) => { (listeners.get(ch) ?? listeners.set(ch, new Set()).get(ch)!).add(l); },
      removeListener: (ch: string, l: (...a: unknown[]) => void) => { listeners.get(ch)?.delete(l); },
    },
  };
  const requireInSandbox = (name: string) => {
    if (name !== 'electron') throw new Error(`module not found: ${name}`);
    return electron;
  };
  runInNewContext(text, { require: requireInSandbox, module: { exports: {} }, exports: {} }, { filename: 'preload.cjs' });
  const emit = (name: unknown) => listeners.get(MENU_CHANNEL)?.forEach((l) => l({ sender: 'ipcRenderer!' }, name));
  return { exposed, invoked, emit, listeners };
}

describe('preload bundle', () => {
  it('is small CommonJS: no import/export statements, require("electron") only, no zod inside', () => {
    expect(text).not.toMatch(/^\s*(import|export)\s[^(]/m);
    expect([...new Set([...text.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]))]).toEqual(['electron']);
    expect(built.preloadInputs.some((p) => p.includes('node_modules'))).toBe(false);
    expect(text.length).toBeLessThan(20_000);
  });

  it('exposes only window.workbench with invoke, onMenu and onSettings', () => {
    const { exposed } = loadPreload();
    expect([...exposed.keys()]).toEqual(['workbench']);
    expect(Object.keys(exposed.get('workbench') as object).sort()).toEqual(['invoke', 'onMenu', 'onSettings']);
  });

  it('forwards renderer methods to IPC and refuses main-only and unknown ones without any IPC', async () => {
    const { exposed, invoked } = loadPreload();
    const bridge = exposed.get('workbench') as WorkbenchBridge;
    expect(await bridge.invoke('docs.list', {})).toEqual({ ok: true, result: 'from main' });
    expect(invoked).toEqual([['docs.list', {}]]);
    for (const m of [...MAIN_ONLY_METHODS, 'nope', 'constructor', '__proto__']) {
      const env = await bridge.invoke(m, { paths: ['/etc/passwd'], by: 'x' });
      expect(env.ok).toBe(false);
    }
    expect(invoked).toHaveLength(1);
  });

  it('passes known menu events to the callback (never the IPC event), drops others, and unsubscribes', () => {
    const { exposed, emit, listeners } = loadPreload();
    const bridge = exposed.get('workbench') as WorkbenchBridge;
    const got: unknown[][] = [];
    const off = bridge.onMenu((...args: unknown[]) => got.push(args));
    emit('undo');
    emit('view:raw');
    emit('rm -rf');
    emit({ toString: () => 'undo' });
    expect(got).toEqual([['undo'], ['view:raw']]);
    off();
    expect(listeners.get(MENU_CHANNEL)?.size).toBe(0);
  });
});

describe('bridge contract', () => {
  it('lets the window call every API method except the main-only ones (file paths)', () => {
    expect(MAIN_ONLY_METHODS.length).toBeGreaterThan(0);
    for (const m of MAIN_ONLY_METHODS) {
      expect(RENDERER_METHODS).not.toContain(m);
      expect(isRendererMethod(m)).toBe(false);
    }
    expect([...RENDERER_METHODS, ...MAIN_ONLY_METHODS].sort()).toEqual([...API_METHODS].sort());
    expect(isRendererMethod('hasOwnProperty')).toBe(false);
    expect(new Set(MENU_EVENTS).size).toBe(MENU_EVENTS.length);
  });
});
