import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openPage, poll } from './support/browserPage.ts';
import { launchChromium } from './support/chromium.ts';
import { describeInBrowser } from './support/browserTest.ts';
import { ensureRendererBuilt } from './support/rendererBuild.ts';
import { serveSampleProject, type ServedProject } from './support/servedProject.ts';

/**
 * The window never goes blank: a malformed answer from the services (here docs.list answering an object where
 * a list belongs, planted on the way by the test) makes a component throw while drawing; the error boundary
 * shows what failed and offers a reload, in the reviewer's language, and the error lands in the log file.
 * Reloading once the answers are sound again brings the window back.
 */
describeInBrowser('the error boundary', () => {
  let served: ServedProject;
  let browser: Browser;

  beforeAll(async () => {
    const staticDir = await ensureRendererBuilt();
    [served, browser] = await Promise.all([serveSampleProject(staticDir), launchChromium()]);
    await served.api['settings.set']({ reviewer: 'crash tester' });
  });

  afterAll(async () => {
    await browser?.close();
    await served?.dispose();
  });

  const cases = [
    { locale: 'zh-CN', heading: '窗口无法显示', reload: '重新加载', documents: '阳泉市郊区政府工作报告' },
    { locale: 'en-US', heading: 'The window could not be drawn', reload: 'Reload', documents: '阳泉市郊区政府工作报告' },
  ];

  for (const c of cases) {
    it(`shows what failed and offers a reload (${c.locale}), and logs the error`, async () => {
      const { context, page, errors } = await openPage(browser, { locale: c.locale });
      try {
        let malformed = true;
        await page.route('**/api/docs.list', async (route) => {
          if (!malformed) return route.continue();
          await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: true, result: { documents: 'not a list' } }) });
        });
        await page.goto(served.url);
        const notice = page.locator('.crash-notice[role="alert"]');
        await poll(() => notice.count()).toBe(1);
        expect(await notice.getByRole('heading').textContent()).toBe(c.heading);
        // What failed, in the words of the error itself.
        await poll(async () => (await notice.locator('.crash-message').textContent()) ?? '').toMatch(/is not a function|not iterable|Cannot read/);
        const reload = notice.getByRole('button', { name: c.reload });
        expect(await reload.isVisible()).toBe(true);
        expect(errors.join('\n')).toContain('The UI failed to draw');

        // The window's error reached the main process's log file, with the component that failed.
        const log = join(served.userData, 'logs', 'workbench.log');
        await poll(async () => readFile(log, 'utf8').catch(() => '')).toMatch(/\[error\] \[renderer\] the window failed to draw: /);
        expect(await readFile(log, 'utf8')).toContain('component stack:');
        // The notice says where, so the reviewer can send it to whoever looks after the app.
        await poll(async () => (await notice.locator('.crash-log code').textContent()) ?? '').toBe(log);

        // Sound answers again: the reload brings the window back.
        malformed = false;
        await reload.click();
        await poll(() => page.locator('.document-item', { hasText: c.documents }).count()).toBe(1);
        expect(await notice.count()).toBe(0);
      } finally {
        await context.close();
      }
    });
  }
});
