/**
 * The Electron main process (bundled to dist/electron/main/main.cjs, package.json "main").
 *
 * One window, sandboxed and context-isolated, showing app://workbench/index.html (dist/renderer served by a
 * custom protocol with a strict CSP). The window reaches the services only through the preload's
 * `window.workbench.invoke`, answered here by one ipcMain.handle per renderer-callable API method, each
 * checking that the call comes from our window's main frame. The open project's lock is held while the app
 * runs and released on quit.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, nativeTheme, protocol, screen, session } from 'electron';
import { serializeError } from '../../shared/errors/workbenchError.ts';
import { defaultUserDataDir } from '../node/project/userDataDir.ts';
import { MENU_CHANNEL, SETTINGS_CHANNEL, type MenuEvent } from '../../shared/api/bridgeContract.ts';
import type { Theme, UserSettings } from '../../shared/settings/userSettings.ts';
import { describeForLog, fileLoggerIn, type WorkbenchLogger } from '../node/logging/fileLogger.ts';
import { appServices, type AppServiceTable } from '../node/services/appServices.ts';
import { settingsFileIn, type SettingsFile } from '../node/settings/settingsFile.ts';
import { appPaths, type AppPaths } from './appPaths.ts';
import { createAppStateStore, loadAppState, withRecent, type AppStateStore } from './appState.ts';
import * as commands from './commands.ts';
import { registerApiHandlers } from './ipc.ts';
import { describeOpenError, labelsForSettings, type Labels } from './labels.ts';
import { buildMenuTemplate } from './menu.ts';
import { ProjectController, type OpenProject } from './projectController.ts';
import { APP_SCHEME, RENDERER_ENTRY_URL, createRendererHandler } from './rendererProtocol.ts';
import { applySessionPolicy, hardenWebContents } from './security.ts';
import { isTrustedSender } from './senderCheck.ts';
import { MIN_SIZE, placeWindow } from './windowPlacement.ts';

const APP_TITLE = 'Indicator Workbench';
const LOCK_OWNER = 'Indicator Workbench desktop app';
const QUIT_CLEANUP_TIMEOUT_MS = 5_000;

// Same folder as browser mode and the CLI use (and as Electron's default for this app name), so a packaged
// app whose productName differs still finds the user's projects; WORKBENCH_USER_DATA overrides (tests).
app.setPath('userData', defaultUserDataDir());

if (!app.requestSingleInstanceLock()) {
  // Another instance is running: it gets 'second-instance' and comes to the front; this one leaves.
  app.quit();
} else {
  setUp();
}

function setUp(): void {
  let paths: AppPaths;
  let labels: Labels;
  let store: AppStateStore;
  let settings: SettingsFile;
  let current: UserSettings;
  let logger: WorkbenchLogger;
  let app_: AppServiceTable;
  let projects: ProjectController;
  let mainWindow: BrowserWindow | null = null;
  let quitting: 'no' | 'cleaning' | 'done' = 'no';

  app.enableSandbox();
  // standard: origin app://workbench with normal relative URLs; secure: a secure context like https;
  // supportFetchAPI/corsEnabled: fetch() and `<script type="module" crossorigin>` (what vite emits) load from it,
  // as VS Code's and electron-serve's schemes do. No other origin can exist in this app to exploit CORS.
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } }]);

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => app.quit());

  app.on('before-quit', (event) => {
    if (quitting === 'done') return;
    event.preventDefault();
    if (quitting === 'cleaning') return;
    quitting = 'cleaning';
    void (async () => {
      rememberWindow();
      const cleanup = (async () => {
        await store?.flush({ freeze: true });
        await projects?.close();
      })().catch(() => undefined);
      // A save that never finishes must not keep the app alive; the lock's exit hook still removes the lock.
      await Promise.race([cleanup, new Promise((r) => setTimeout(r, QUIT_CLEANUP_TIMEOUT_MS))]);
      quitting = 'done';
      app.quit();
    })();
  });

  const send = (event: MenuEvent) => {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(MENU_CHANNEL, event);
  };

  const windowTitle = () => (projects?.current ? `${projects.current.name} — ${APP_TITLE}` : APP_TITLE);

  function rememberWindow(): void {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    store.update({ window: { ...mainWindow.getNormalBounds(), maximized: mainWindow.isMaximized() } });
  }

  /** View → Theme: a setting like any other; the change comes back through settingsChanged. */
  function setTheme(theme: Theme): void {
    settings.update({ theme }).catch((e: unknown) => logger.error('main', `could not save the theme: ${describeForLog(e).message}`));
  }

  /** After every settings change, wherever it was made: the menu's language and theme, and the window's copy. */
  function settingsChanged(next: UserSettings): void {
    current = next;
    labels = labelsForSettings(next.language, app.getLocale());
    nativeTheme.themeSource = next.theme;
    rebuildMenu();
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(SETTINGS_CHANNEL, next);
  }

  const commandContext = (): commands.CommandContext => ({
    labels, projects, projectsDir: paths.projectsDir, window: () => mainWindow, send,
    projectChanged: (project) => projectChanged(project),
  });

  function projectChanged(project: OpenProject): void {
    const s = store.get();
    store.update({ lastProject: project.dir, recentProjects: withRecent(s.recentProjects, project.dir) });
    rebuildMenu();
    if (mainWindow && !mainWindow.isDestroyed()) {
      mainWindow.setTitle(windowTitle());
      // Everything the page shows belongs to the old project: start it afresh on the new one.
      mainWindow.webContents.reload();
    }
  }

  function rebuildMenu(): void {
    const ctx = commandContext();
    const template = buildMenuTemplate({
      platform: process.platform, labels, dev: !app.isPackaged, recentProjects: store.get().recentProjects,
      theme: current.theme, hasProject: projects.current !== null,
      actions: {
        newProject: () => void commands.newProject(ctx),
        openProject: () => void commands.openProject(ctx),
        openRecent: (dir) => void commands.openProjectAt(ctx, dir, false),
        clearRecent: () => {
          store.update({ recentProjects: [] });
          rebuildMenu();
        },
        importReports: () => void commands.importReports(ctx),
        exportDataset: (all) => void commands.exportDataset(ctx, all, app.getPath('documents')),
        showProjectFolder: () => void commands.showProjectFolder(ctx),
        openLogsFolder: () => void commands.openLogsFolder(logger.dir),
        setTheme,
        send,
        about: () => void about(),
      },
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  async function about(): Promise<void> {
    const options = {
      type: 'info' as const, title: APP_TITLE, message: `${APP_TITLE} ${app.getVersion()}`, buttons: [labels.ok], noLink: true,
      detail: [`Electron ${process.versions.electron ?? '?'}`, projects.current ? projects.current.dir : labels.noProjectOpen].join('\n'),
    };
    if (mainWindow) await dialog.showMessageBox(mainWindow, options);
    else await dialog.showMessageBox(options);
  }

  async function openInitialProject(): Promise<void> {
    const last = store.get().lastProject;
    if (last && resolve(last) !== resolve(paths.sampleProjectDir) && existsSync(last)) {
      try {
        await projects.open(last, { create: false });
        return;
      } catch (e) {
        logger.error('main', `could not open ${last}: ${serializeError(e).message}`);
        await dialog.showMessageBox({ type: 'error', title: labels.couldNotOpen, message: labels.couldNotOpen, detail: describeOpenError(serializeError(e), last, labels), buttons: [labels.ok] });
      }
    }
    try {
      // First run: userData/projects/sample is created from data/reports, so the window opens onto real reports.
      await projects.openSample();
    } catch (e) {
      // Typically: the sample is open in browser mode or another copy. The window opens with no project.
      logger.error('main', `could not open the sample project: ${serializeError(e).message}`);
      await dialog.showMessageBox({ type: 'error', title: labels.couldNotOpen, message: labels.couldNotOpen, detail: describeOpenError(serializeError(e), paths.sampleProjectDir, labels), buttons: [labels.ok] });
    }
  }

  function createWindow(): BrowserWindow {
    const saved = store.get().window;
    const placement = placeWindow(saved, screen.getAllDisplays().map((d) => d.workArea), screen.getPrimaryDisplay().workArea);
    const win = new BrowserWindow({
      ...placement.bounds, minWidth: MIN_SIZE.width, minHeight: MIN_SIZE.height, show: false, title: windowTitle(),
      webPreferences: {
        preload: paths.preload,
        contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false,
        webSecurity: true, allowRunningInsecureContent: false, webviewTag: false, navigateOnDragDrop: false,
        safeDialogs: true, spellcheck: false, devTools: !app.isPackaged,
      },
    });
    if (placement.maximized) win.maximize();
    const show = () => {
      if (!win.isDestroyed()) win.show();
    };
    win.once('ready-to-show', show);
    setTimeout(show, 3_000).unref(); // never stay invisible if the page fails to paint
    // The title names the open project; the page's <title> does not override it.
    win.on('page-title-updated', (event) => event.preventDefault());
    let timer: ReturnType<typeof setTimeout> | undefined;
    const rememberSoon = () => {
      clearTimeout(timer);
      timer = setTimeout(rememberWindow, 500);
    };
    win.on('resize', rememberSoon);
    win.on('move', rememberSoon);
    win.on('maximize', rememberSoon);
    win.on('unmaximize', rememberSoon);
    win.on('close', () => {
      clearTimeout(timer);
      rememberWindow();
    });
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
    });
    void win.loadURL(RENDERER_ENTRY_URL);
    return win;
  }

  async function start(): Promise<void> {
    paths = appPaths(app.getAppPath(), app.getPath('userData'));
    logger = fileLoggerIn(paths.userData, { echo: !app.isPackaged });
    logger.catchProcessErrors('main');
    settings = settingsFileIn(paths.userData);
    app_ = appServices({ settings, logger });
    store = createAppStateStore(paths.stateFile, await loadAppState(paths.stateFile));
    // Once: a theme chosen before settings.json existed (it was kept in app-state.json) carries over.
    if (!existsSync(settings.path) && store.get().theme !== 'system') await settings.update({ theme: store.get().theme }).catch(() => undefined);
    current = await settings.get();
    labels = labelsForSettings(current.language, app.getLocale());
    settings.subscribe(settingsChanged);
    projects = new ProjectController({ owner: LOCK_OWNER, sampleDir: paths.sampleProjectDir, reportsDir: paths.reportsDir, app: app_ });
    nativeTheme.themeSource = current.theme;

    applySessionPolicy(session.defaultSession);
    protocol.handle(APP_SCHEME, createRendererHandler(paths.rendererDir));
    registerApiHandlers(ipcMain, {
      isTrusted: (event) => isTrustedSender(event, mainWindow),
      services: () => projects.current?.services ?? null,
      appServices: app_,
      noProjectMessage: labels.noProjectOpen,
      logger,
    });

    await openInitialProject();
    if (projects.current) {
      const s = store.get();
      store.update({ lastProject: projects.current.dir, recentProjects: withRecent(s.recentProjects, projects.current.dir) });
    }
    rebuildMenu();
    if (!existsSync(paths.rendererIndex)) {
      // Not awaited (and not showErrorBox, which blocks the main process): the window still opens behind it.
      void dialog.showMessageBox({ type: 'error', title: APP_TITLE, message: labels.rendererMissing(paths.rendererIndex), buttons: [labels.ok] });
    }
    mainWindow = createWindow();
  }

  app.whenReady().then(start).catch((e: unknown) => {
    const { message, detail } = describeForLog(e);
    logger?.error('main', `could not start: ${message}`, detail);
    dialog.showErrorBox(APP_TITLE, `Indicator Workbench could not start: ${serializeError(e).message}`);
    app.exit(1);
  });
}
