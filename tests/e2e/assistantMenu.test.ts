import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { MenuEvent } from '../../shared/api/bridgeContract.ts';
import type { Theme, UserSettings } from '../../shared/settings/userSettings.ts';
import { enterReviewerName, poll } from './support/browserPage.ts';
import { describeInBrowser, startBrowserTest, type BrowserTest } from './support/browserTest.ts';
import type { ServedProject } from './support/servedProject.ts';

/**
 * The Electron menu's commands, carried out by the window. The page gets a stand-in for the preload's
 * `window.workbench` (API calls over the HTTP bridge, menu events sent by the test), so the renderer takes
 * the same path as in Electron: onMenu subscribed once, each event doing what the menu item says, and the
 * settings the main process pushes after a change (View → Theme is a setting) taken as they come.
 */
const DOC_ID = 'yangquan-jiaoqu-2023';
declare global {
  interface Window {
    sendMenu?(event: MenuEvent): void;
    pushSettings?(settings: UserSettings): void;
  }
}

describeInBrowser('Electron menu commands in the window', () => {
  let session: BrowserTest;
  let served: ServedProject;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    session = await startBrowserTest();
    ({ served } = session);
    ({ context, page, errors: pageErrors } = await session.openPage({ locale: 'en-US' }));
    await context.addInitScript((token: string) => {
      const listeners = new Set<(event: string) => void>();
      const settingsListeners = new Set<(settings: unknown) => void>();
      Object.defineProperty(window, 'workbench', {
        value: {
          invoke: async (method: string, input: unknown) => {
            const res = await fetch(`/api/${encodeURIComponent(method)}`, {
              method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Workbench-Token': token }, body: JSON.stringify(input ?? {}),
            });
            return res.json();
          },
          onMenu: (callback: (event: string) => void) => {
            listeners.add(callback);
            return () => listeners.delete(callback);
          },
          onSettings: (callback: (settings: unknown) => void) => {
            settingsListeners.add(callback);
            return () => settingsListeners.delete(callback);
          },
        },
      });
      window.sendMenu = (event) => listeners.forEach((l) => l(event));
      window.pushSettings = (settings) => settingsListeners.forEach((l) => l(settings));
    }, served.handle.bridge.token);
  });

  afterAll(async () => {
    await session?.close();
  });

  const menu = (event: MenuEvent) => page.evaluate((e) => window.sendMenu!(e), event);
  /** View → Theme as the main process carries it out: the setting is saved, then pushed to the window. */
  const menuTheme = async (theme: Theme) => {
    const settings = await served.api['settings.set']({ theme });
    await page.evaluate((s) => window.pushSettings!(s), settings);
  };
  const htmlClass = () => page.evaluate(() => document.documentElement.className);

  it('switches the theme and the text view, opens search, reloads the document list', async () => {
    await page.goto(served.url);
    await enterReviewerName(page, 'menu tester');
    await poll(() => page.locator('.document-item').count()).toBe(3);

    await menuTheme('dark');
    await poll(htmlClass).toContain('theme-dark');
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    expect(await page.getByRole('menuitemradio', { name: 'Dark' }).getAttribute('aria-checked')).toBe('true');
    await page.keyboard.press('Escape');
    await poll(() => page.getByRole('menu').count()).toBe(0);
    await menuTheme('light');
    await poll(htmlClass).toContain('theme-light');
    await menuTheme('system');
    await poll(htmlClass).not.toMatch(/theme-/);
    // Any pushed change shows at once: here the language, as another window would have set it.
    await page.evaluate((s) => window.pushSettings!(s), { ...(await served.api['settings.get']({})), language: 'zh-CN' as const });
    await poll(() => page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await page.evaluate((s) => window.pushSettings!(s), await served.api['settings.get']({}));
    await poll(() => page.locator('html').getAttribute('lang')).toBe('en');

    await page.locator('.document-item').last().click();
    await poll(() => page.locator('.cm-content').textContent()).toContain('172.9');
    await menu('view:corrected');
    await poll(() => page.getByRole('button', { name: 'Corrected', exact: true }).getAttribute('aria-pressed')).toBe('true');
    await menu('view:raw');
    await poll(() => page.getByRole('button', { name: 'Raw', exact: true }).getAttribute('aria-pressed')).toBe('true');

    await menu('find');
    await poll(() => page.locator('.cm-search').count()).toBe(1);
    await page.keyboard.press('Escape');

    // Another process (the CLI, File → Import) changed the project: the menu says so, the list follows.
    await served.api['docs.updateMeta']({ docId: DOC_ID, title: 'Renamed by the menu test', by: 'cli' });
    await menu('docs:changed');
    await poll(() => page.locator('.document-list').textContent()).toContain('Renamed by the menu test');
  });

  it('undoes in the focused field, else in the document’s history', async () => {
    await page.getByRole('tab', { name: /^Suggestions/ }).click();
    await page.keyboard.press('y');
    await poll(async () => (await served.api['records.list']({ docId: DOC_ID })).length).toBe(1);
    await poll(() => page.locator('.cm-content .hl-draft').count()).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Codebook' }).click();
    const search = page.getByRole('dialog').locator('input[name="codebook-search"]');
    await search.pressSequentially('GDP');
    await menu('undo');
    await poll(() => search.inputValue()).not.toBe('GDP');
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    await poll(() => page.getByRole('dialog').count()).toBe(0);

    // The menu acts on the history the window shows (as the header's buttons do).
    const undoButton = page.locator('.app-header').getByRole('button', { name: /Undo/ });
    const redoButton = page.locator('.app-header').getByRole('button', { name: /Redo/ });
    await page.locator('.suggestions-panel .pane-title').click();
    await poll(() => undoButton.isEnabled()).toBe(true);
    await menu('undo');
    await poll(async () => (await served.api['records.list']({ docId: DOC_ID })).length).toBe(0);
    await poll(() => redoButton.isEnabled()).toBe(true);
    await menu('redo');
    await poll(async () => (await served.api['records.list']({ docId: DOC_ID })).length).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});
