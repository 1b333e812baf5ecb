/**
 * The sandboxed preload (bundled to dist/electron/preload/preload.cjs, CommonJS as sandboxed preloads
 * require). It exposes exactly `window.workbench` = { invoke, onMenu, onSettings } through contextBridge: no ipcRenderer,
 * no event objects, no Node. Calls for methods outside RENDERER_METHODS are refused here, before any IPC;
 * the main process checks the sender and the input again.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Envelope } from '../../shared/api/envelope.ts';
import { MENU_CHANNEL, SETTINGS_CHANNEL, isMenuEvent, isRendererMethod, type MenuEvent, type WorkbenchBridge } from '../../shared/api/bridgeContract.ts';
import type { UserSettings } from '../../shared/settings/userSettings.ts';

const bridge: WorkbenchBridge = {
  invoke(method: string, input: unknown): Promise<Envelope<unknown>> {
    if (!isRendererMethod(method)) {
      return Promise.resolve({ ok: false, error: { code: 'NOT_FOUND', message: `no API method "${String(method)}" is available to the window` } });
    }
    return ipcRenderer.invoke(method, input) as Promise<Envelope<unknown>>;
  },
  onMenu(callback: (event: MenuEvent) => void): () => void {
    if (typeof callback !== 'function') throw new TypeError('onMenu expects a function');
    // The IpcRendererEvent stays here: handing it to the page would leak `sender` (ipcRenderer).
    const listener = (_event: IpcRendererEvent, name: unknown) => {
      if (isMenuEvent(name)) callback(name);
    };
    ipcRenderer.on(MENU_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(MENU_CHANNEL, listener);
    };
  },
  onSettings(callback: (settings: UserSettings) => void): () => void {
    if (typeof callback !== 'function') throw new TypeError('onSettings expects a function');
    // Only plain data goes on (the page validates it field by field, as it does every API answer).
    const listener = (_event: IpcRendererEvent, settings: unknown) => {
      if (settings !== null && typeof settings === 'object' && !Array.isArray(settings)) callback({ ...(settings as UserSettings) });
    };
    ipcRenderer.on(SETTINGS_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(SETTINGS_CHANNEL, listener);
    };
  },
};

contextBridge.exposeInMainWorld('workbench', bridge);
