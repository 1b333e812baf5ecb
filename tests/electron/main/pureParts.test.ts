import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppStateStore, parseAppState, withRecent, MAX_RECENT } from '../../../electron/main/appState.ts';
import { describeOpenError, labelsFor, labelsForSettings, langOf, LABELS } from '../../../electron/main/labels.ts';
import { buildMenuTemplate, type MenuActions } from '../../../electron/main/menu.ts';
import { isRendererUrl, resolveRendererFile } from '../../../electron/main/rendererProtocol.ts';
import { isTrustedSender, type InvokeEventLike, type TrustedWindowLike } from '../../../electron/main/senderCheck.ts';
import { fitInto, placeWindow, MIN_SIZE } from '../../../electron/main/windowPlacement.ts';

describe('isTrustedSender', () => {
  const mainFrame = { processId: 4, routingId: 1 };
  const window: TrustedWindowLike = { isDestroyed: () => false, webContents: { id: 3, mainFrame } };
  const event = (over: Partial<{ id: number; processId: number; routingId: number; url: string }> = {}, nullFrame = false): InvokeEventLike => ({
    sender: { id: over.id ?? 3 },
    senderFrame: nullFrame ? null : { processId: over.processId ?? 4, routingId: over.routingId ?? 1, url: over.url ?? 'app://workbench/index.html?x=1#y' },
  });

  it('accepts only our window\'s main frame showing our renderer', () => {
    expect(isTrustedSender(event(), window)).toBe(true);
    expect(isTrustedSender(event({ routingId: 2 }), window)).toBe(false); // an iframe
    expect(isTrustedSender(event({ processId: 5 }), window)).toBe(false);
    expect(isTrustedSender(event({ id: 9 }), window)).toBe(false); // devtools or another WebContents
    expect(isTrustedSender(event({ url: 'https://workbench/index.html' }), window)).toBe(false);
    expect(isTrustedSender(event({ url: 'app://evil/index.html' }), window)).toBe(false);
    expect(isTrustedSender(event({ url: 'file:///work/main/dist/renderer/index.html' }), window)).toBe(false);
    expect(isTrustedSender(event({}, true), window)).toBe(false);
    expect(isTrustedSender(event(), null)).toBe(false);
    expect(isTrustedSender(event(), { ...window, isDestroyed: () => true })).toBe(false);
  });
});

describe('renderer protocol paths', () => {
  const root = '/app/dist/renderer';
  it('maps app://workbench/… into dist/renderer and nowhere else', () => {
    expect(resolveRendererFile(root, 'app://workbench/')).toBe('/app/dist/renderer/index.html');
    expect(resolveRendererFile(root, 'app://workbench/assets/a.js?v=1')).toBe('/app/dist/renderer/assets/a.js');
    // URL parsing resolves `..` and `%2e%2e` segments before we see the path; encoded slashes are caught here.
    expect(resolveRendererFile(root, 'app://workbench/../package.json')).toBe('/app/dist/renderer/package.json');
    expect(resolveRendererFile(root, 'app://workbench/%2e%2e/%2e%2e/package.json')).toBe('/app/dist/renderer/package.json');
    expect(resolveRendererFile(root, 'app://workbench/..%2f..%2fpackage.json')).toBeNull();
    expect(resolveRendererFile(root, 'app://workbench/a%5c..%5c..%5cx')).toBeNull();
    expect(resolveRendererFile(root, 'app://workbench/a%00.js')).toBeNull();
    expect(resolveRendererFile(root, 'app://elsewhere/index.html')).toBeNull();
    expect(isRendererUrl('not a url')).toBe(false);
  });
});

describe('window placement', () => {
  const primary = { x: 0, y: 0, width: 1920, height: 1040 };
  const right = { x: 1920, y: 0, width: 1280, height: 1000 };

  it('restores saved bounds that are on a screen', () => {
    expect(placeWindow({ x: 100, y: 80, width: 1200, height: 800, maximized: false }, [primary, right], primary))
      .toEqual({ bounds: { x: 100, y: 80, width: 1200, height: 800 }, maximized: false });
    expect(placeWindow({ x: 2000, y: 10, width: 1000, height: 700, maximized: true }, [primary, right], primary))
      .toEqual({ bounds: { x: 2000, y: 10, width: 1000, height: 700 }, maximized: true });
  });

  it('centres on the primary screen when the saved screen is gone, and clamps sizes to the work area', () => {
    const offscreen = placeWindow({ x: 2000, y: 10, width: 1000, height: 700, maximized: false }, [primary], primary);
    expect(offscreen.bounds.x + offscreen.bounds.width).toBeLessThanOrEqual(1920);
    expect(offscreen.bounds.x).toBeGreaterThanOrEqual(0);
    const small = { x: 0, y: 0, width: 1024, height: 600 };
    const none = placeWindow(undefined, [small], small);
    expect(none.bounds).toEqual({ x: 0, y: 0, width: 1024, height: 600 });
    expect(placeWindow({ x: Number.NaN, y: 0, width: 10, height: 10, maximized: false }, [primary], primary).bounds.width).toBeGreaterThanOrEqual(MIN_SIZE.width);
  });

  it('pulls a window that hangs over the edge back inside and shrinks one bigger than the screen', () => {
    expect(placeWindow({ x: 1700, y: 900, width: 1000, height: 700, maximized: false }, [primary], primary).bounds)
      .toEqual({ x: 920, y: 340, width: 1000, height: 700 });
    expect(fitInto({ x: -50, y: -50, width: 5000, height: 3000 }, primary)).toEqual(primary);
    expect(fitInto({ x: 0, y: 0, width: 100, height: 100 }, primary)).toMatchObject({ width: MIN_SIZE.width, height: MIN_SIZE.height });
  });
});

describe('app state', () => {
  let dir: string;
  beforeAll(async () => (dir = await mkdtemp(join(tmpdir(), 'iw-state-'))));
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('parses leniently: defaults for a missing, broken or partly wrong file', () => {
    expect(parseAppState(null)).toEqual({ theme: 'system', recentProjects: [] });
    expect(parseAppState('{nope')).toEqual({ theme: 'system', recentProjects: [] });
    expect(parseAppState(JSON.stringify({ theme: 'neon', window: { x: 'a' }, recentProjects: ['/a', '/a', '/b'], lastProject: '/a' })))
      .toEqual({ theme: 'system', recentProjects: ['/a', '/b'], lastProject: '/a' });
    expect(parseAppState(JSON.stringify({ window: { x: 1, y: 2, width: 3, height: 4 } })).window).toEqual({ x: 1, y: 2, width: 3, height: 4, maximized: false });
  });

  it('keeps recent projects unique, newest first, bounded', () => {
    let list: string[] = [];
    for (let i = 0; i < 15; i++) list = withRecent(list, `/p${i}`);
    list = withRecent(list, '/p10/');
    expect(list[0]).toBe('/p10/');
    expect(list).toHaveLength(MAX_RECENT);
    expect(list.filter((d) => d.startsWith('/p10'))).toHaveLength(1);
  });

  it('writes through writeFileAtomic, last state wins, nothing after freeze', async () => {
    const path = join(dir, 'app-state.json');
    const store = createAppStateStore(path, parseAppState(null));
    store.update({ theme: 'dark' });
    store.update({ lastProject: '/x' });
    await store.flush();
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ theme: 'dark', recentProjects: [], lastProject: '/x' });
    await store.flush({ freeze: true });
    store.update({ theme: 'light' });
    await store.flush();
    expect(JSON.parse(await readFile(path, 'utf8')).theme).toBe('dark');
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('labels and menu', () => {
  const actions: MenuActions = {
    newProject() {}, openProject() {}, openRecent() {}, clearRecent() {}, importReports() {}, exportDataset() {},
    showProjectFolder() {}, openLogsFolder() {}, setTheme() {}, send() {}, about() {},
  };

  it('picks Chinese for zh locales and English otherwise; both dictionaries are complete', () => {
    expect(['zh-CN', 'zh-TW', 'zh', 'ZH_cn'].map(langOf)).toEqual(['zh', 'zh', 'zh', 'zh']);
    expect(['en-US', 'de', 'zu', ''].map(langOf)).toEqual(['en', 'en', 'en', 'en']);
    expect(Object.keys(LABELS.zh).sort()).toEqual(Object.keys(LABELS.en).sort());
  });

  it('describes a locked project with its pid, and a non-project folder in plain words', () => {
    const en = labelsFor('en-GB');
    const locked = { code: 'PROJECT_LOCKED' as const, message: 'x', details: { pid: 4242, owner: 'browser mode (npm run serve)', hostname: 'me' } };
    expect(describeOpenError(locked, '/p', en, 'me')).toBe('This project is open in another window or process (pid 4242, browser mode (npm run serve)). Close it there, then try again.');
    expect(describeOpenError(locked, '/p', en, 'other-host')).toMatch(/another computer \(me, pid 4242\)/);
    expect(describeOpenError({ code: 'NOT_FOUND', message: '/p is not a project folder (no project.json); …' }, '/p', labelsFor('zh-CN'))).toMatch(/不是 Indicator Workbench 项目/);
  });

  it('labels the menu in the language chosen in the window, else the system\'s; Help opens the logs folder', () => {
    const labelsOf = (language: 'zh-CN' | 'en' | null, locale: string) => {
      const template = buildMenuTemplate({ platform: 'linux', labels: labelsForSettings(language, locale), dev: false, recentProjects: [], theme: 'system', hasProject: true, actions });
      const help = template.find((m) => m.role === 'help')?.submenu as { label?: string }[];
      return { top: template.map((m) => m.label), help: help.map((i) => i.label).filter(Boolean), file: (template[0]!.submenu as { label?: string }[]).map((i) => i.label) };
    };
    const zh = labelsOf('zh-CN', 'en-US');
    expect(zh.top).toEqual(['文件', '编辑', '视图', '帮助']);
    expect(zh.file).toContain('导入报告…');
    expect(zh.help).toEqual(['打开日志文件夹', '关于 Indicator Workbench']);
    const en = labelsOf('en', 'zh-CN');
    expect(en.top).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(en.file).toContain('Import Reports…');
    expect(en.help).toEqual(['Open Logs Folder', 'About Indicator Workbench']);
    expect(labelsOf(null, 'zh-TW').top[0]).toBe('文件');
    expect(labelsOf(null, 'de-DE').top[0]).toBe('File');
  });

  it('builds File/Edit/View/Help (plus the app and Window menus on macOS), dev items only in development', () => {
    const model = { platform: 'linux' as const, labels: LABELS.en, dev: false, recentProjects: [], theme: 'dark' as const, hasProject: true, actions };
    const linux = buildMenuTemplate(model);
    expect(linux.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    const view = linux[2]!.submenu as { label?: string; role?: string; submenu?: { label?: string; checked?: boolean }[] }[];
    expect(view.some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(view.find((i) => i.label === 'Theme')?.submenu?.find((i) => i.checked)?.label).toBe('Dark');
    const mac = buildMenuTemplate({ ...model, platform: 'darwin', dev: true });
    expect(mac.map((m) => m.label ?? m.role)).toEqual(['appMenu', 'File', 'Edit', 'View', 'Window', 'Help']);
    expect((mac[3]!.submenu as { role?: string }[]).some((i) => i.role === 'toggleDevTools')).toBe(true);
  });
});
