/**
 * Type stand-in for the `electron` package, used ONLY when that package is not installed.
 *
 * Why a *pattern* module (`'electron*'`) and not `declare module 'electron'`:
 * `electron` is an optionalDependency whose postinstall downloads the binary; where that fails (offline CI,
 * this sandbox) node_modules/electron is absent and nothing would type-check. The real package ships
 * electron.d.ts with `declare module 'electron' { export = Electron.CrossProcessExports; }`. A second exact
 * `declare module 'electron'` would merge with it (TS2309 "export assignment cannot be used in a module with
 * other exported elements", TS2451 redeclarations) — hidden only by skipLibCheck, and with the real types
 * winning or losing depending on flags. TypeScript resolves a module name in this order (checker.ts,
 * resolveExternalModule): exact ambient `declare module 'x'` → file found by module resolution → *pattern*
 * ambient modules. So a pattern declaration is a true fallback: with the package installed, the exact
 * ambient module in electron.d.ts wins and this file is never consulted (no merge, no conflict, the real
 * types check our code); without it, `import … from 'electron'` lands here. Verified both ways with tsc 5.9
 * against the electron@40.8.5 typings (skipLibCheck off).
 *
 * The members below are copied from electron@40.8.5's electron.d.ts (same names, parameter and return
 * types), cut down to what electron/main and electron/preload use; where the real typings say `any` this
 * says `unknown` (stricter), so code that compiles against this stand-in compiles against the real typings.
 * Add a member here (copied, not invented) before using it. Checked: `tsc` on electron/ also passes with the
 * real electron@40.8.5 package in node_modules (then this file is inert).
 */
declare module 'electron*' {
  type Event<Params extends object = Record<never, never>> = { preventDefault: () => void; readonly defaultPrevented: boolean } & Params;

  interface Rectangle { height: number; width: number; x: number; y: number }
  interface Display { id: number; bounds: Rectangle; workArea: Rectangle; scaleFactor: number }
  interface KeyboardEvent { altKey?: boolean; ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean; triggeredByAccelerator?: boolean }

  // ---------------------------------------------------------------- app
  interface App {
    on(event: 'before-quit', listener: (event: Event) => void): this;
    on(event: 'will-quit', listener: (event: Event) => void): this;
    on(event: 'window-all-closed', listener: () => void): this;
    on(event: 'activate', listener: (event: Event, hasVisibleWindows: boolean) => void): this;
    on(event: 'second-instance', listener: (event: Event, argv: string[], workingDirectory: string, additionalData: unknown) => void): this;
    on(event: 'web-contents-created', listener: (event: Event, webContents: WebContents) => void): this;
    addRecentDocument(path: string): void;
    enableSandbox(): void;
    exit(exitCode?: number): void;
    getAppPath(): string;
    getLocale(): string;
    getName(): string;
    getPath(name: 'home' | 'appData' | 'assets' | 'userData' | 'sessionData' | 'temp' | 'exe' | 'module' | 'desktop' | 'documents' | 'downloads' | 'music' | 'pictures' | 'videos' | 'recent' | 'logs' | 'crashDumps'): string;
    getVersion(): string;
    quit(): void;
    requestSingleInstanceLock(additionalData?: Record<string, unknown>): boolean;
    setPath(name: string, path: string): void;
    whenReady(): Promise<void>;
    readonly isPackaged: boolean;
  }
  export const app: App;

  // ---------------------------------------------------------------- windows
  interface WebPreferences {
    additionalArguments?: string[];
    allowRunningInsecureContent?: boolean;
    contextIsolation?: boolean;
    devTools?: boolean;
    navigateOnDragDrop?: boolean;
    nodeIntegration?: boolean;
    nodeIntegrationInSubFrames?: boolean;
    nodeIntegrationInWorker?: boolean;
    preload?: string;
    safeDialogs?: boolean;
    sandbox?: boolean;
    spellcheck?: boolean;
    webSecurity?: boolean;
    webviewTag?: boolean;
  }
  interface BaseWindowConstructorOptions {
    autoHideMenuBar?: boolean;
    backgroundColor?: string;
    center?: boolean;
    height?: number;
    minHeight?: number;
    minWidth?: number;
    show?: boolean;
    title?: string;
    width?: number;
    x?: number;
    y?: number;
  }
  interface BrowserWindowConstructorOptions extends BaseWindowConstructorOptions {
    paintWhenInitiallyHidden?: boolean;
    webPreferences?: WebPreferences;
  }
  class BaseWindow {
    on(event: 'close', listener: (event: Event) => void): this;
    on(event: 'closed', listener: () => void): this;
    on(event: 'move', listener: () => void): this;
    on(event: 'resize', listener: () => void): this;
    on(event: 'maximize', listener: () => void): this;
    on(event: 'unmaximize', listener: () => void): this;
    close(): void;
    focus(): void;
    getBounds(): Rectangle;
    getNormalBounds(): Rectangle;
    getTitle(): string;
    isDestroyed(): boolean;
    isMaximized(): boolean;
    isMinimized(): boolean;
    maximize(): void;
    restore(): void;
    setTitle(title: string): void;
    show(): void;
    readonly id: number;
  }
  export class BrowserWindow extends BaseWindow {
    constructor(options?: BrowserWindowConstructorOptions);
    on(event: 'close', listener: (event: Event) => void): this;
    on(event: 'closed', listener: () => void): this;
    on(event: 'move', listener: () => void): this;
    on(event: 'resize', listener: () => void): this;
    on(event: 'maximize', listener: () => void): this;
    on(event: 'unmaximize', listener: () => void): this;
    on(event: 'ready-to-show', listener: () => void): this;
    on(event: 'page-title-updated', listener: (event: Event, title: string, explicitSet: boolean) => void): this;
    once(event: 'ready-to-show', listener: () => void): this;
    static fromWebContents(webContents: WebContents): (BrowserWindow) | (null);
    static getAllWindows(): BrowserWindow[];
    loadURL(url: string, options?: object): Promise<void>;
    readonly webContents: WebContents;
  }

  interface WebContentsWillNavigateEventParams { url: string; isSameDocument: boolean; isMainFrame: boolean; frame: (WebFrameMain) | (null); initiator?: (WebFrameMain) | (null) }
  interface WebContentsWillFrameNavigateEventParams { url: string; isSameDocument: boolean; isMainFrame: boolean; frame: (WebFrameMain) | (null); initiator?: (WebFrameMain) | (null) }
  interface WebContentsWillRedirectEventParams { url: string; isSameDocument: boolean; isMainFrame: boolean; frame: (WebFrameMain) | (null); initiator?: (WebFrameMain) | (null) }
  interface HandlerDetails { url: string; frameName: string; features: string; disposition: ('default' | 'foreground-tab' | 'background-tab' | 'new-window' | 'other') }
  interface WindowOpenHandlerResponse { action: ('allow' | 'deny') }

  class WebContents {
    on(event: 'will-navigate', listener: (details: Event<WebContentsWillNavigateEventParams>, url: string, isInPlace: boolean, isMainFrame: boolean, frameProcessId: number, frameRoutingId: number) => void): this;
    on(event: 'will-frame-navigate', listener: (details: Event<WebContentsWillFrameNavigateEventParams>) => void): this;
    on(event: 'will-redirect', listener: (details: Event<WebContentsWillRedirectEventParams>, url: string, isInPlace: boolean, isMainFrame: boolean, frameProcessId: number, frameRoutingId: number) => void): this;
    on(event: 'will-attach-webview', listener: (event: Event, webPreferences: WebPreferences, params: Record<string, string>) => void): this;
    on(event: 'did-finish-load', listener: () => void): this;
    getURL(): string;
    isDestroyed(): boolean;
    reload(): void;
    send(channel: string, ...args: unknown[]): void;
    setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void;
    readonly id: number;
    readonly mainFrame: WebFrameMain;
    readonly session: Session;
  }
  class WebFrameMain {
    readonly frameTreeNodeId: number;
    readonly origin: string;
    readonly parent: (WebFrameMain) | (null);
    readonly processId: number;
    readonly routingId: number;
    readonly top: (WebFrameMain) | (null);
    readonly url: string;
  }
  export type { WebContents, WebFrameMain, Event, Rectangle, Display };

  // ---------------------------------------------------------------- IPC
  interface IpcMainInvokeEvent extends Event {
    frameId: number;
    processId: number;
    sender: WebContents;
    readonly senderFrame: (WebFrameMain) | (null);
  }
  interface IpcMain {
    handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
    removeHandler(channel: string): void;
  }
  export const ipcMain: IpcMain;
  export type { IpcMain, IpcMainInvokeEvent };

  interface IpcRendererEvent extends Event { sender: IpcRenderer }
  interface IpcRenderer {
    invoke(channel: string, ...args: unknown[]): Promise<unknown>;
    on(channel: string, listener: (event: IpcRendererEvent, ...args: unknown[]) => void): this;
    removeListener(channel: string, listener: (event: IpcRendererEvent, ...args: unknown[]) => void): this;
  }
  export const ipcRenderer: IpcRenderer;
  export type { IpcRenderer, IpcRendererEvent };

  interface ContextBridge { exposeInMainWorld(apiKey: string, api: unknown): void }
  export const contextBridge: ContextBridge;

  // ---------------------------------------------------------------- dialogs, menus, shell
  interface FileFilter { extensions: string[]; name: string }
  interface OpenDialogOptions {
    title?: string;
    defaultPath?: string;
    buttonLabel?: string;
    filters?: FileFilter[];
    properties?: Array<'openFile' | 'openDirectory' | 'multiSelections' | 'showHiddenFiles' | 'createDirectory' | 'promptToCreate' | 'noResolveAliases' | 'treatPackageAsDirectory' | 'dontAddToRecent'>;
    message?: string;
  }
  interface OpenDialogReturnValue { canceled: boolean; filePaths: string[] }
  interface SaveDialogOptions {
    title?: string;
    defaultPath?: string;
    buttonLabel?: string;
    filters?: FileFilter[];
    message?: string;
    properties?: Array<'showHiddenFiles' | 'createDirectory' | 'treatPackageAsDirectory' | 'showOverwriteConfirmation' | 'dontAddToRecent'>;
  }
  interface SaveDialogReturnValue { canceled: boolean; filePath: string }
  interface MessageBoxOptions {
    message: string;
    type?: ('none' | 'info' | 'error' | 'question' | 'warning');
    buttons?: string[];
    defaultId?: number;
    title?: string;
    detail?: string;
    cancelId?: number;
    noLink?: boolean;
  }
  interface MessageBoxReturnValue { response: number; checkboxChecked: boolean }
  interface Dialog {
    showErrorBox(title: string, content: string): void;
    showMessageBox(window: BaseWindow, options: MessageBoxOptions): Promise<MessageBoxReturnValue>;
    showMessageBox(options: MessageBoxOptions): Promise<MessageBoxReturnValue>;
    showOpenDialog(window: BaseWindow, options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
    showOpenDialog(options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
    showSaveDialog(window: BaseWindow, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
    showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  }
  export const dialog: Dialog;
  export type { OpenDialogOptions, SaveDialogOptions, MessageBoxOptions, Dialog };

  class MenuItem {
    checked: boolean;
    enabled: boolean;
    label: string;
  }
  interface MenuItemConstructorOptions {
    click?: (menuItem: MenuItem, window: (BaseWindow) | (undefined), event: KeyboardEvent) => void;
    role?: ('undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'pasteAndMatchStyle' | 'delete' | 'selectAll' | 'reload' | 'forceReload' | 'toggleDevTools' | 'resetZoom' | 'zoomIn' | 'zoomOut' | 'toggleSpellChecker' | 'togglefullscreen' | 'window' | 'minimize' | 'close' | 'help' | 'about' | 'services' | 'hide' | 'hideOthers' | 'unhide' | 'quit' | 'showSubstitutions' | 'toggleSmartQuotes' | 'toggleSmartDashes' | 'toggleTextReplacement' | 'startSpeaking' | 'stopSpeaking' | 'zoom' | 'front' | 'appMenu' | 'fileMenu' | 'editMenu' | 'viewMenu' | 'shareMenu' | 'recentDocuments' | 'toggleTabBar' | 'selectNextTab' | 'selectPreviousTab' | 'showAllTabs' | 'mergeAllWindows' | 'clearRecentDocuments' | 'moveTabToNewWindow' | 'windowMenu');
    type?: ('normal' | 'separator' | 'submenu' | 'checkbox' | 'radio' | 'header' | 'palette');
    label?: string;
    sublabel?: string;
    toolTip?: string;
    accelerator?: string;
    enabled?: boolean;
    visible?: boolean;
    checked?: boolean;
    submenu?: (MenuItemConstructorOptions[]) | (Menu);
    id?: string;
  }
  export class Menu {
    static buildFromTemplate(template: Array<(MenuItemConstructorOptions) | (MenuItem)>): Menu;
    static setApplicationMenu(menu: (Menu) | (null)): void;
  }
  export type { MenuItemConstructorOptions, BaseWindow };

  interface Shell {
    openExternal(url: string, options?: object): Promise<void>;
    openPath(path: string): Promise<string>;
    showItemInFolder(fullPath: string): void;
  }
  export const shell: Shell;

  interface NativeTheme { themeSource: ('system' | 'light' | 'dark') }
  export const nativeTheme: NativeTheme;

  interface Screen {
    getAllDisplays(): Display[];
    getPrimaryDisplay(): Display;
  }
  export const screen: Screen;

  // ---------------------------------------------------------------- protocol and session
  interface Privileges {
    standard?: boolean;
    secure?: boolean;
    bypassCSP?: boolean;
    allowServiceWorkers?: boolean;
    supportFetchAPI?: boolean;
    corsEnabled?: boolean;
    stream?: boolean;
    codeCache?: boolean;
  }
  interface CustomScheme { privileges?: Privileges; scheme: string }
  interface Protocol {
    handle(scheme: string, handler: (request: Request) => (Response) | (Promise<Response>)): void;
    registerSchemesAsPrivileged(customSchemes: CustomScheme[]): void;
  }
  export const protocol: Protocol;

  interface WebRequestFilter { excludeUrls?: string[]; urls: string[] }
  interface OnBeforeRequestListenerDetails { id: number; url: string; method: string; webContentsId?: number; resourceType: string; referrer: string; timestamp: number }
  interface CallbackResponse { cancel?: boolean; redirectURL?: string }
  class WebRequest {
    onBeforeRequest(filter: WebRequestFilter, listener: ((details: OnBeforeRequestListenerDetails, callback: (response: CallbackResponse) => void) => void) | (null)): void;
  }
  type PermissionRequestKind = 'clipboard-read' | 'clipboard-sanitized-write' | 'display-capture' | 'fullscreen' | 'geolocation' | 'idle-detection' | 'media' | 'mediaKeySystem' | 'midi' | 'midiSysex' | 'notifications' | 'pointerLock' | 'keyboardLock' | 'openExternal' | 'speaker-selection' | 'storage-access' | 'top-level-storage-access' | 'window-management' | 'unknown' | 'fileSystem';
  type PermissionCheckKind = 'clipboard-read' | 'clipboard-sanitized-write' | 'geolocation' | 'fullscreen' | 'hid' | 'idle-detection' | 'media' | 'mediaKeySystem' | 'midi' | 'midiSysex' | 'notifications' | 'openExternal' | 'pointerLock' | 'serial' | 'storage-access' | 'top-level-storage-access' | 'usb' | 'deprecated-sync-clipboard-read' | 'fileSystem';
  class Session {
    static defaultSession: Session;
    setPermissionCheckHandler(handler: ((webContents: (WebContents) | (null), permission: PermissionCheckKind, requestingOrigin: string, details: object) => boolean) | (null)): void;
    setPermissionRequestHandler(handler: ((webContents: WebContents, permission: PermissionRequestKind, callback: (permissionGranted: boolean) => void, details: object) => void) | (null)): void;
    readonly webRequest: WebRequest;
  }
  export const session: typeof Session;
  export type { Session };
}
