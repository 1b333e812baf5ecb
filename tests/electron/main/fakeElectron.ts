import { EventEmitter } from 'node:events';

/**
 * A stand-in for the `electron` module, enough to load and drive dist/electron/main/main.cjs under plain
 * Node (the binary cannot be downloaded here). It records what main asks of Electron and lets a test play
 * the user (menu clicks, dialog answers) and the renderer (IPC calls from a chosen frame).
 */
type Listener = (...args: unknown[]) => unknown;

export interface FakeEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}
export function fakeEvent(): FakeEvent {
  return { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
}

export interface Frame { processId: number; routingId: number; url: string }

export function createFakeElectron(options: { appPath: string; locale?: string }) {
  const paths = new Map<string, string>([['documents', '/nonexistent-documents'], ['appData', '/nonexistent-appdata']]);
  const handlers = new Map<string, Listener>();
  const windows: FakeBrowserWindow[] = [];
  const dialogAnswers: unknown[] = [];
  const record = {
    ready: false, sandboxEnabledBeforeReady: false, schemesBeforeReady: [] as unknown[], protocolHandlers: new Map<string, (r: Request) => Promise<Response>>(),
    messageBoxes: [] as { message?: string; detail?: string }[], errorBoxes: [] as string[], menus: [] as unknown[],
    permissionRequest: null as null | Listener, permissionCheck: null as null | Listener, blockedUrls: [] as string[],
    quitCalls: 0, exitCode: null as number | null, openedPaths: [] as string[],
  };
  let readyResolve!: () => void;
  const readyPromise = new Promise<void>((r) => (readyResolve = r));
  let nextContentsId = 1;

  class FakeWebContents extends EventEmitter {
    readonly id = nextContentsId++;
    readonly mainFrame: Frame = { processId: 7, routingId: 1, url: 'app://workbench/index.html' };
    readonly sent: unknown[][] = [];
    reloads = 0;
    windowOpenHandler: Listener | null = null;
    destroyed = false;
    send(...args: unknown[]) { this.sent.push(args); }
    reload() { this.reloads++; }
    isDestroyed() { return this.destroyed; }
    getURL() { return this.mainFrame.url; }
    setWindowOpenHandler(h: Listener) { this.windowOpenHandler = h; }
  }

  class FakeBrowserWindow extends EventEmitter {
    readonly webContents = new FakeWebContents();
    readonly id = windows.length + 1;
    loadedUrl: string | null = null;
    title: string;
    bounds: { x: number; y: number; width: number; height: number };
    maximized = false;
    destroyed = false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      this.title = String(options.title ?? '');
      this.bounds = { x: Number(options.x), y: Number(options.y), width: Number(options.width), height: Number(options.height) };
      windows.push(this);
      app.emit('web-contents-created', fakeEvent(), this.webContents);
    }
    static getAllWindows() { return windows.filter((w) => !w.destroyed); }
    loadURL(url: string) { this.loadedUrl = url; setImmediate(() => this.emit('ready-to-show')); return Promise.resolve(); }
    show() {}
    focus() {}
    restore() {}
    maximize() { this.maximized = true; }
    isMaximized() { return this.maximized; }
    isMinimized() { return false; }
    isDestroyed() { return this.destroyed; }
    getBounds() { return this.bounds; }
    getNormalBounds() { return this.bounds; }
    setTitle(t: string) { this.title = t; }
    close() {
      const e = fakeEvent();
      this.emit('close', e);
      if (e.defaultPrevented) return;
      this.destroyed = true;
      this.webContents.destroyed = true;
      this.emit('closed');
      if (windows.every((w) => w.destroyed)) app.emit('window-all-closed');
    }
  }

  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    setPath(name: string, p: string) { paths.set(name, p); },
    getPath(name: string) { const p = paths.get(name); if (!p) throw new Error(`no path ${name}`); return p; },
    getAppPath: () => options.appPath,
    getLocale: () => options.locale ?? 'en-US',
    getVersion: () => '0.0.0-fake',
    getName: () => 'indicator-workbench',
    requestSingleInstanceLock: () => true,
    enableSandbox() { if (!record.ready) record.sandboxEnabledBeforeReady = true; },
    whenReady: () => readyPromise,
    addRecentDocument() {},
    quit() {
      record.quitCalls++;
      const e = fakeEvent();
      app.emit('before-quit', e);
      if (e.defaultPrevented) return;
      for (const w of windows) if (!w.destroyed) { w.destroyed = true; w.emit('closed'); }
      app.emit('will-quit', fakeEvent());
      record.exitCode = 0;
    },
    exit(code = 0) { record.exitCode = code; },
  });

  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: { handle: (channel: string, h: Listener) => handlers.set(channel, h), removeHandler: (c: string) => handlers.delete(c) },
    protocol: {
      registerSchemesAsPrivileged(schemes: unknown[]) { if (!record.ready) record.schemesBeforeReady.push(...schemes); },
      handle(scheme: string, h: (r: Request) => Promise<Response>) { record.protocolHandlers.set(scheme, h); },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler(h: Listener) { record.permissionRequest = h; },
        setPermissionCheckHandler(h: Listener) { record.permissionCheck = h; },
        webRequest: { onBeforeRequest(filter: { urls: string[] }) { record.blockedUrls.push(...filter.urls); } },
      },
    },
    screen: {
      getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
      getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
    },
    nativeTheme: { themeSource: 'system' },
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu(menu: { template: unknown } | null) { record.menus.push(menu?.template); },
    },
    dialog: {
      showMessageBox(...args: unknown[]) { record.messageBoxes.push(args[args.length - 1] as { message?: string }); return Promise.resolve({ response: 0, checkboxChecked: false }); },
      showErrorBox(title: string, content: string) { record.errorBoxes.push(`${title}: ${content}`); },
      showOpenDialog() { return Promise.resolve(dialogAnswers.shift() ?? { canceled: true, filePaths: [] }); },
      showSaveDialog() { return Promise.resolve(dialogAnswers.shift() ?? { canceled: true, filePath: '' }); },
    },
    shell: { openPath(p: string) { record.openedPaths.push(p); return Promise.resolve(''); }, openExternal: () => Promise.resolve(), showItemInFolder() {} },
    contextBridge: { exposeInMainWorld() { throw new Error('not in main'); } },
  };

  return {
    electron,
    record,
    windows,
    handlers,
    /** Queues the answer of the next open/save dialog. */
    answerDialog(answer: unknown) { dialogAnswers.push(answer); },
    makeReady() { record.ready = true; readyResolve(); },
    /** Calls an IPC channel as the renderer would, from `frame` (default: the window's main frame). */
    async invoke(channel: string, input: unknown, frame?: Frame | null, window = windows[0]) {
      const h = handlers.get(channel);
      if (!h) throw new Error(`No handler registered for '${channel}'`);
      if (!window) throw new Error('no window');
      const event = { ...fakeEvent(), sender: window.webContents, senderFrame: frame === undefined ? window.webContents.mainFrame : frame, frameId: 1, processId: 7 };
      return h(event, input);
    },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
