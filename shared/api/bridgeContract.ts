import { API_METHODS, MAIN_ONLY_METHODS, type ApiMethod } from './contract.ts';
import type { Envelope } from './envelope.ts';
import type { UserSettings } from '../settings/userSettings.ts';

/**
 * The contract between the preload (what the window may call) and the main process (what it answers).
 * Both import it, so the list of IPC channels and menu events is written once.
 *
 * IPC channels: one per API method, named exactly as the method ('docs.list' …), served by
 * ipcMain.handle in electron/main/ipc.ts. Methods that take file-system paths (MAIN_ONLY_METHODS) are
 * neither exposed here nor handled there: the window cannot name a file on disk.
 */
export const RENDERER_METHODS: readonly ApiMethod[] = Object.freeze(API_METHODS.filter((m) => !MAIN_ONLY_METHODS.includes(m)));

export function isRendererMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && (RENDERER_METHODS as readonly string[]).includes(name);
}

/** Main → window: the menu commands the window carries out itself. Sent on MENU_CHANNEL with one event name. */
export const MENU_CHANNEL = 'workbench:menu';

export const MENU_EVENTS = [
  'undo', // Edit → Undo (CmdOrCtrl+Z): undo in the focused editor/field, else history.undo on the open document
  'redo', // Edit → Redo (CmdOrCtrl+Shift+Z; Ctrl+Y on Windows/Linux)
  'find', // Edit → Find… (CmdOrCtrl+F)
  'view:raw', // View → Raw text (CmdOrCtrl+1)
  'view:corrected', // View → Corrected text (CmdOrCtrl+2)
  'docs:changed', // File → Import reports… added documents: reload the document list
] as const;

export type MenuEvent = (typeof MENU_EVENTS)[number];

/**
 * Main → window: the reviewer's settings, whole, each time they change (from the window, the View → Theme menu,
 * or another window), so the window never keeps a stale copy. The theme travels this way, not as a menu event.
 */
export const SETTINGS_CHANNEL = 'workbench:settings';

export function isMenuEvent(value: unknown): value is MenuEvent {
  return typeof value === 'string' && (MENU_EVENTS as readonly string[]).includes(value);
}

/** What the preload puts on `window.workbench` — nothing else of Electron or Node reaches the page. */
export interface WorkbenchBridge {
  /** Calls an API method; resolves to an envelope (never rejects for a refused or failed call). */
  invoke(method: string, input: unknown): Promise<Envelope<unknown>>;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenu(callback: (event: MenuEvent) => void): () => void;
  /** Subscribes to the settings the main process pushes after every change; returns the unsubscribe function. */
  onSettings?(callback: (settings: UserSettings) => void): () => void;
}
