import { basename } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuEvent } from '../../shared/api/bridgeContract.ts';
import type { Theme } from '../../shared/settings/userSettings.ts';
import type { Labels } from './labels.ts';

/**
 * The application menu as a template (pure: types only from 'electron', so it is built and tested without
 * it). File commands that touch the disk (new/open project, import, export) run in the main process through
 * dialogs; commands the window carries out (undo, find, raw/corrected) go to it as MenuEvents; the theme is a
 * setting (main owns it and pushes it to the window). Labels and the checked theme follow the settings.
 */
export interface MenuActions {
  newProject(): void;
  openProject(): void;
  openRecent(dir: string): void;
  clearRecent(): void;
  importReports(): void;
  exportDataset(all: boolean): void;
  showProjectFolder(): void;
  openLogsFolder(): void;
  setTheme(theme: Theme): void;
  send(event: MenuEvent): void;
  about(): void;
}

export interface MenuModel {
  platform: NodeJS.Platform;
  labels: Labels;
  /** Developer items (devtools, reload) only when not packaged. */
  dev: boolean;
  recentProjects: readonly string[];
  theme: Theme;
  hasProject: boolean;
  actions: MenuActions;
}

export function buildMenuTemplate(m: MenuModel): MenuItemConstructorOptions[] {
  const { labels: l, actions: a } = m;
  const mac = m.platform === 'darwin';
  const sep: MenuItemConstructorOptions = { type: 'separator' };

  const recent: MenuItemConstructorOptions[] = m.recentProjects.length
    ? [
      ...m.recentProjects.map((dir): MenuItemConstructorOptions => ({ label: `${basename(dir)} — ${dir}`, click: () => a.openRecent(dir) })),
      sep,
      { label: l.clearRecent, click: () => a.clearRecent() },
    ]
    : [{ label: l.noRecent, enabled: false }];

  const file: MenuItemConstructorOptions = {
    label: l.file,
    submenu: [
      { label: l.newProject, accelerator: 'CmdOrCtrl+Shift+N', click: () => a.newProject() },
      { label: l.openProject, accelerator: 'CmdOrCtrl+O', click: () => a.openProject() },
      { label: l.recentProjects, submenu: recent },
      sep,
      { label: l.importReports, accelerator: 'CmdOrCtrl+I', enabled: m.hasProject, click: () => a.importReports() },
      { label: l.exportVerified, accelerator: 'CmdOrCtrl+E', enabled: m.hasProject, click: () => a.exportDataset(false) },
      { label: l.exportAll, enabled: m.hasProject, click: () => a.exportDataset(true) },
      sep,
      { label: l.showProjectFolder, enabled: m.hasProject, click: () => a.showProjectFolder() },
      ...(mac ? [] : [sep, { label: l.quit, role: 'quit' as const, accelerator: 'CmdOrCtrl+Q' }]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: l.edit,
    submenu: [
      // Sent to the window: it undoes in the focused text field/editor, or the document's last change.
      { label: l.undo, accelerator: 'CmdOrCtrl+Z', click: () => a.send('undo') },
      { label: l.redo, accelerator: mac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y', click: () => a.send('redo') },
      sep,
      { label: l.cut, role: 'cut' },
      { label: l.copy, role: 'copy' },
      { label: l.paste, role: 'paste' },
      { label: l.selectAll, role: 'selectAll' },
      sep,
      { label: l.find, accelerator: 'CmdOrCtrl+F', click: () => a.send('find') },
    ],
  };

  const themeItem = (theme: Theme, label: string): MenuItemConstructorOptions => ({
    label, type: 'radio', checked: m.theme === theme, click: () => a.setTheme(theme),
  });
  const view: MenuItemConstructorOptions = {
    label: l.view,
    submenu: [
      { label: l.rawText, accelerator: 'CmdOrCtrl+1', click: () => a.send('view:raw') },
      { label: l.correctedText, accelerator: 'CmdOrCtrl+2', click: () => a.send('view:corrected') },
      sep,
      { label: l.zoomIn, role: 'zoomIn', accelerator: 'CmdOrCtrl+=' },
      { label: l.zoomOut, role: 'zoomOut' },
      { label: l.resetZoom, role: 'resetZoom' },
      sep,
      { label: l.theme, submenu: [themeItem('light', l.themeLight), themeItem('dark', l.themeDark), themeItem('system', l.themeSystem)] },
      { label: l.fullScreen, role: 'togglefullscreen' },
      ...(m.dev ? [sep, { label: l.reload, role: 'reload' as const }, { label: l.devTools, role: 'toggleDevTools' as const }] : []),
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: l.help, role: 'help',
    submenu: [{ label: l.openLogsFolder, click: () => a.openLogsFolder() }, sep, { label: l.about, click: () => a.about() }],
  };

  return [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    file, edit, view,
    ...(mac ? [{ label: l.window, role: 'windowMenu' as const }] : []),
    help,
  ];
}
