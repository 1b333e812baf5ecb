import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync, readdirSync } from 'node:fs';
import Module, { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAIN_ONLY_METHODS } from '../../../shared/api/contract.ts';
import type { Envelope } from '../../../shared/api/envelope.ts';
import type { DocumentSummary, ExportResult } from '../../../shared/api/views.ts';
import { REPO_ROOT, buildElectron, type ElectronBuildResult } from '../../../electron/build/buildElectron.ts';
import { openProjectSession } from '../../../electron/node/project/projectSession.ts';
import { MENU_CHANNEL, RENDERER_METHODS, SETTINGS_CHANNEL } from '../../../shared/api/bridgeContract.ts';
import { RENDERER_CSP } from '../../../electron/main/rendererProtocol.ts';
import { createFakeElectron, fakeEvent, type FakeElectron } from './fakeElectron.ts';

const sampleReportNames = (): string[] => readdirSync(join(REPO_ROOT, 'data', 'reports')).filter((n) => n.endsWith('.txt')).sort();

/**
 * The built main bundle, loaded under plain Node with a fake `electron` module: it must load (so the
 * import.meta.url rewriting works in CommonJS), lock down the session and the window, answer IPC only from
 * our window's main frame, create the sample project on first run, run the menu's file commands, and
 * release the project lock on quit. The bundle is built into a throw-away app folder (package.json with a
 * marker version, data/reports, dist/renderer) laid out like app.asar, to prove it finds its files there.
 */
type MenuItem = { label?: string; role?: string; click?: () => void; submenu?: MenuItem[]; enabled?: boolean };

let tmp: string;
let appDir: string;
let userData: string;
let built: ElectronBuildResult;
let fake: FakeElectron;
const originalLoad = (Module as unknown as { _load: (...a: unknown[]) => unknown })._load;
const savedEnv = process.env.WORKBENCH_USER_DATA;

async function until<T>(probe: () => T | undefined | false | null, what: string, ms = 120_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const lastMenu = () => fake.record.menus.at(-1) as MenuItem[];
function menuItem(top: string, label: string): MenuItem {
  const item = lastMenu().find((m) => m.label === top)?.submenu?.find((m) => m.label === label);
  if (!item) throw new Error(`no menu item ${top} → ${label}`);
  return item;
}
const docsList = async () => (await fake.invoke('docs.list', {})) as Envelope<DocumentSummary[]>;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'iw-main-'));
  appDir = join(tmp, 'app');
  userData = join(tmp, 'userData');
  const pkg = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
  await mkdir(join(appDir, 'dist', 'renderer'), { recursive: true });
  await writeFile(join(appDir, 'package.json'), JSON.stringify({ ...pkg, version: '9.9.9-layout' }));
  await cp(join(REPO_ROOT, 'data', 'reports'), join(appDir, 'data', 'reports'), { recursive: true });
  await writeFile(join(appDir, 'dist', 'renderer', 'index.html'), '<!doctype html><title>t</title>');
  built = await buildElectron({ outDir: join(appDir, 'dist', 'electron') });

  process.env.WORKBENCH_USER_DATA = userData;
  fake = createFakeElectron({ appPath: appDir, locale: 'zh-CN' });
  (Module as unknown as { _load: unknown })._load = function (this: unknown, request: string, ...rest: unknown[]) {
    return request === 'electron' ? fake.electron : originalLoad.call(this, request, ...rest);
  };
  createRequire(import.meta.url)(built.main);
  fake.makeReady();
  await until(() => fake.windows.length === 1 && fake.record.menus.length > 0, 'the window');
});

afterAll(async () => {
  (Module as unknown as { _load: unknown })._load = originalLoad;
  if (savedEnv === undefined) delete process.env.WORKBENCH_USER_DATA;
  else process.env.WORKBENCH_USER_DATA = savedEnv;
  await rm(tmp, { recursive: true, force: true });
});

describe('main bundle (under a fake electron)', () => {
  it('is CommonJS with only electron and Node built-ins left as requires', async () => {
    const text = await readFile(built.main, 'utf8');
    expect(text).not.toMatch(/^\s*(import|export)\s[^(]/m);
    const requires = new Set([...text.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]));
    // Bundled libraries (exceljs) may name a built-in without the node: prefix; still nothing from node_modules.
    for (const r of requires) expect(r === 'electron' || r?.startsWith('node:') || builtinModules.includes(r!), `require("${r}")`).toBe(true);
    expect(built.mainInputs.some((p) => p.includes('node_modules/lowdb/'))).toBe(true);
  });

  it('sandboxes, registers the app:// scheme before ready, and refuses permissions and remote requests', () => {
    const r = fake.record;
    expect(r.sandboxEnabledBeforeReady).toBe(true);
    expect(r.schemesBeforeReady).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } }]);
    let granted: boolean | undefined;
    r.permissionRequest?.({}, 'media', (g: boolean) => (granted = g), {});
    expect(granted).toBe(false);
    expect(r.permissionCheck?.(null, 'clipboard-read', 'app://workbench', {})).toBe(false);
    expect(r.blockedUrls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*']));
  });

  it('opens one isolated, sandboxed window on app://workbench/index.html, titled with the sample project', () => {
    const win = fake.windows[0]!;
    const prefs = win.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(prefs.preload).toBe(join(appDir, 'dist', 'electron', 'preload', 'preload.cjs'));
    expect(existsSync(prefs.preload as string)).toBe(true);
    expect(win.loadedUrl).toBe('app://workbench/index.html');
    expect(win.title).toBe('sample — Indicator Workbench');
  });

  it('denies navigation, redirects, webviews and new windows', () => {
    const wc = fake.windows[0]!.webContents;
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const e = fakeEvent();
      wc.emit(name, e, 'https://example.com/');
      expect(e.defaultPrevented, name).toBe(true);
    }
    expect(wc.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('serves dist/renderer over app:// with the CSP, and nothing outside it', async () => {
    const handler = fake.record.protocolHandlers.get('app')!;
    const ok = await handler(new Request('app://workbench/index.html'));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toBe(RENDERER_CSP);
    expect((await handler(new Request('app://workbench/%2e%2e/%2e%2e/package.json'))).status).toBe(404);
    expect((await handler(new Request('app://other/index.html'))).status).toBe(404);
  });

  it('handles exactly the renderer methods over IPC; the first run imported every sample report', async () => {
    expect([...fake.handlers.keys()].sort()).toEqual([...RENDERER_METHODS].sort());
    for (const m of MAIN_ONLY_METHODS) expect(fake.handlers.has(m)).toBe(false);
    const docs = await docsList();
    expect(docs.ok).toBe(true);
    if (docs.ok) expect(docs.result.map((d) => `${d.docId}.txt`).sort()).toEqual(sampleReportNames());
    expect(existsSync(join(userData, 'projects', 'sample', '.lock'))).toBe(true);
  });

  it('refuses IPC from an iframe, a foreign page, a vanished frame or another WebContents', async () => {
    const main = fake.windows[0]!.webContents.mainFrame;
    const refused = async (frame: typeof main | null) => {
      const env = (await fake.invoke('docs.list', {}, frame)) as Envelope<unknown>;
      return !env.ok && /refused/.test(env.error.message);
    };
    expect(await refused({ ...main, routingId: main.routingId + 1 })).toBe(true);
    expect(await refused({ ...main, url: 'https://evil.example/index.html' })).toBe(true);
    expect(await refused({ ...main, url: 'file:///etc/passwd' })).toBe(true);
    expect(await refused(null)).toBe(true);
    const h = fake.handlers.get('docs.list')!;
    const other = await h({ ...fakeEvent(), sender: { id: 999 }, senderFrame: main }, {}) as Envelope<unknown>;
    expect(other.ok).toBe(false);
  });

  it('finds package.json through the rewritten import.meta.url, relative to the app folder', async () => {
    const env = (await fake.invoke('export.dataset', { format: 'json', all: true })) as Envelope<ExportResult>;
    expect(env.ok).toBe(true);
    if (env.ok) expect(JSON.parse(env.result.content).generator).toMatchObject({ version: '9.9.9-layout' });
  });

  it('labels the menu in Chinese for a zh locale, and File → Import reports… imports the chosen files as the reviewer', async () => {
    expect(lastMenu().map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助']);
    const src = join(tmp, 'extra-report.txt');
    await writeFile(src, `${await readFile(join(REPO_ROOT, 'data', 'reports', 'yangquan-city-2024.txt'), 'utf8')}\n（附录）\n`);
    // No reviewer named yet: the menu says how to give one, before any file dialog.
    const boxes = fake.record.messageBoxes.length;
    menuItem('文件', '导入报告…').click!();
    const refused = await until(() => fake.record.messageBoxes.slice(boxes).find((b) => b.detail), 'the refusal');
    expect(refused.detail).toMatch(/请先在窗口中填写您的姓名/);
    expect(((await fake.invoke('settings.set', { reviewer: '王审核' })) as Envelope<unknown>).ok).toBe(true);
    fake.answerDialog({ canceled: false, filePaths: [src] });
    menuItem('文件', '导入报告…').click!();
    const wc = fake.windows[0]!.webContents;
    await until(() => wc.sent.some(([c, e]) => c === MENU_CHANNEL && e === 'docs:changed'), 'docs:changed');
    const docs = await docsList();
    expect(docs.ok && docs.result.length).toBe(sampleReportNames().length + 1);
    expect(fake.record.messageBoxes.at(-1)?.message).toMatch(/已导入 1 份报告/);
    const added = docs.ok ? docs.result.find((d) => d.fileName === 'extra-report.txt') : undefined;
    const history = (await fake.invoke('history.list', { docId: added!.docId })) as Envelope<{ entries: { by: string }[] }>;
    expect(history.ok && history.result.entries.map((e) => e.by)).toEqual(['王审核']);
  });

  it('follows the language and theme chosen in the window: menu rebuilt, settings pushed back to the window', async () => {
    const wc = fake.windows[0]!.webContents;
    const pushes = () => wc.sent.filter(([c]) => c === SETTINGS_CHANNEL).map(([, s]) => s as { language: string | null; theme: string });
    expect(((await fake.invoke('settings.set', { language: 'en', theme: 'dark' })) as Envelope<unknown>).ok).toBe(true);
    await until(() => lastMenu()[0]?.label === 'File', 'the English menu');
    expect(lastMenu().map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(pushes().at(-1)).toMatchObject({ language: 'en', theme: 'dark', reviewer: '王审核' });
    expect(fake.electron.nativeTheme.themeSource).toBe('dark');
    // View → Theme is the same setting: saved, pushed, checked in the menu.
    const theme = lastMenu().find((m) => m.label === 'View')!.submenu!.find((m) => m.label === 'Theme')!;
    theme.submenu!.find((m) => m.label === 'Light')!.click!();
    await until(() => pushes().at(-1)?.theme === 'light', 'the pushed theme');
    expect(JSON.parse(await readFile(join(userData, 'settings.json'), 'utf8'))).toMatchObject({ theme: 'light', language: 'en' });
    // Help → Open Logs Folder opens userData/logs.
    menuItem('Help', 'Open Logs Folder').click!();
    await until(() => fake.record.openedPaths.includes(join(userData, 'logs')), 'the logs folder');
    expect(((await fake.invoke('settings.set', { language: null })) as Envelope<unknown>).ok).toBe(true);
    await until(() => lastMenu()[0]?.label === '文件', 'the menu back in the system language');
  });

  it('File → Export writes the format the chosen name asks for, through the same service, atomically', async () => {
    const docs = await docsList();
    const docId = docs.ok ? docs.result[0]!.docId : '';
    const added = (await fake.invoke('records.add', { docId, evidence: [{ start: 0, end: 4 }], fields: { indicator: '增速', value: '-2.5', unit: '%', measure: 'growth' }, by: 'alice', valueDiffers: 'planted for the export test' })) as Envelope<{ id: string }>;
    expect(added.ok).toBe(true);
    for (const name of ['window.csv', 'window.jsonld', 'window.xlsx', 'window.zip']) {
      const boxes = fake.record.messageBoxes.length;
      fake.answerDialog({ canceled: false, filePath: join(tmp, name) });
      menuItem('文件', '导出全部记录（含草稿）…').click!();
      await until(() => fake.record.messageBoxes.length > boxes, `the export of ${name}`);
      expect(fake.record.messageBoxes.at(-1)?.message).toMatch(/已导出 1 条记录/);
    }
    expect(await readFile(join(tmp, 'window.csv'), 'utf8')).toMatch(/,-2\.5,%,/);
    expect(JSON.parse(await readFile(join(tmp, 'window.jsonld'), 'utf8'))).toMatchObject({ type: 'AnnotationCollection', total: 1 });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(tmp, 'window.xlsx'));
    const header = (book.getWorksheet('records')!.getRow(1).values as unknown[]).slice(1);
    expect(book.getWorksheet('records')!.getRow(2).getCell(header.indexOf('valueNumber') + 1).value).toBe(-2.5);
    expect(Object.keys(unzipSync(await readFile(join(tmp, 'window.zip'))))).toContain('datapackage.json');
    expect(readdirSync(tmp).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('sends edit and view commands to the window', () => {
    menuItem('编辑', '撤销').click!();
    menuItem('视图', '校正后文本').click!();
    const sent = fake.windows[0]!.webContents.sent.filter(([c]) => c === MENU_CHANNEL).map(([, e]) => e);
    expect(sent).toEqual(expect.arrayContaining(['undo', 'view:corrected']));
  });

  it('says in plain words, with the pid, when the project to open is locked, and keeps the current one', async () => {
    const other = join(tmp, 'locked-project');
    const holder = await openProjectSession(other, { create: true, owner: 'another window' });
    const boxes = fake.record.messageBoxes.length;
    fake.answerDialog({ canceled: false, filePaths: [other] });
    menuItem('文件', '打开项目…').click!();
    const box = await until(() => fake.record.messageBoxes.slice(boxes).find((b) => /pid/.test(b.detail ?? '')), 'the lock dialog');
    expect(box.detail).toContain(`pid ${process.pid}`);
    expect(box.detail).toContain('another window');
    expect(fake.windows[0]!.title).toBe('sample — Indicator Workbench');
    await holder.close();
  });

  it('switches project: opens the new one, releases the old lock, reloads the page, remembers it', async () => {
    const other = join(tmp, 'locked-project');
    const reloads = fake.windows[0]!.webContents.reloads;
    fake.answerDialog({ canceled: false, filePaths: [other] });
    menuItem('文件', '打开项目…').click!();
    await until(() => fake.windows[0]!.title.startsWith('locked-project'), 'the switch');
    expect(fake.windows[0]!.webContents.reloads).toBe(reloads + 1);
    expect(existsSync(join(userData, 'projects', 'sample', '.lock'))).toBe(false);
    expect(existsSync(join(other, '.lock'))).toBe(true);
    const docs = await docsList();
    expect(docs.ok && docs.result.length).toBe(0);
    const recent = lastMenu().find((m) => m.label === '文件')?.submenu?.find((m) => m.label === '最近的项目')?.submenu;
    expect(recent?.[0]?.label).toContain('locked-project');
  });

  it('on quit: saves the window state atomically and releases the project lock', async () => {
    fake.windows[0]!.bounds = { x: 40, y: 50, width: 1000, height: 700 };
    fake.electron.app.quit();
    await until(() => fake.record.exitCode !== null, 'the quit');
    expect(existsSync(join(tmp, 'locked-project', '.lock'))).toBe(false);
    const state = JSON.parse(await readFile(join(userData, 'app-state.json'), 'utf8'));
    expect(state.window).toEqual({ x: 40, y: 50, width: 1000, height: 700, maximized: false });
    expect(state.lastProject).toBe(join(tmp, 'locked-project'));
    expect(state.recentProjects[0]).toBe(join(tmp, 'locked-project'));
  });
});
