import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openProjectSession } from '../../electron/node/project/projectSession.ts';
import { appServicesIn } from '../../electron/node/services/appServices.ts';
import { callService } from '../../electron/node/services/callService.ts';
import { createServices } from '../../electron/node/services/createServices.ts';
import { serve, type ServeHandle } from '../../electron/node/serve/serveMain.ts';
import { openPage, poll } from './support/browserPage.ts';
import { launchChromium } from './support/chromium.ts';
import { describeInBrowser } from './support/browserTest.ts';
import { ensureRendererBuilt } from './support/rendererBuild.ts';
import { SAMPLE_REPORTS } from './support/servedProject.ts';

/**
 * A document whose audit log has a damaged line in the middle opens read-only (issue 11 §2): the window says so
 * above the text, naming the log file and the line, in the reviewer's language, and its editing actions are off.
 * Nothing is rewritten: the log keeps its bytes.
 */
const DOC_ID = 'yangquan-jiaoqu-2023';
describeInBrowser('a document opened read-only because its audit log is damaged', () => {
  let dir: string;
  let handle: ServeHandle;
  let browser: Browser;
  let logPath: string;
  let damaged: string;

  beforeAll(async () => {
    const staticDir = await ensureRendererBuilt();
    dir = await mkdtemp(join(tmpdir(), 'iw-e2e-readonly-'));
    const project = join(dir, 'project');
    const userData = join(dir, 'user');
    // Three audited changes after the import, then the second line of the log loses its closing brace.
    const session = await openProjectSession(project, { create: true, owner: 'e2e setup' });
    const services = createServices(session, { app: appServicesIn(userData) });
    await callService(services, 'docs.importFiles', { paths: [join(SAMPLE_REPORTS, `${DOC_ID}.txt`)], by: 'setup' });
    for (const title of ['第一稿', '第二稿', '第三稿']) await callService(services, 'docs.updateMeta', { docId: DOC_ID, title, by: 'setup' });
    await callService(services, 'settings.set', { reviewer: '只读测试' });
    await session.close();
    logPath = join(project, 'documents', `${DOC_ID}.audit.jsonl`);
    const lines = (await readFile(logPath, 'utf8')).split('\n');
    lines[1] = lines[1]!.slice(0, -1);
    damaged = lines.join('\n');
    await writeFile(logPath, damaged);
    [handle, browser] = await Promise.all([serve({ project, staticDir, userDataDir: userData }), launchChromium()]);
  });

  afterAll(async () => {
    await browser?.close();
    await handle?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const cases = [
    { locale: 'zh-CN', heading: '只读：此文档不能修改', line: '第 2 行已损坏', save: /保存/, undo: /撤销/ },
    { locale: 'en-US', heading: 'Read-only: this document cannot be changed', line: 'Line 2 of its history file is damaged', save: /Save/, undo: /Undo/ },
  ];

  for (const c of cases) {
    it(`says why above the text and turns editing off (${c.locale})`, async () => {
      const { context, page, errors } = await openPage(browser, { locale: c.locale });
      try {
        await page.goto(handle.bridge.url);
        await page.locator('.document-item', { hasText: `${DOC_ID}.txt` }).click();
        const banner = page.locator('.read-only-banner');
        await poll(() => banner.count()).toBe(1);
        expect(await banner.locator('strong').textContent()).toContain(c.heading);
        const reason = (await banner.locator('.read-only-reason').textContent()) ?? '';
        expect(reason).toContain(c.line);
        expect(reason).toContain(logPath);

        // Editing is off: the form's Save buttons, Edit text, Undo.
        await page.locator('.cm-content').click();
        const saveButtons = page.locator('.record-form .actions button', { hasText: c.save });
        expect(await saveButtons.count()).toBeGreaterThan(0);
        for (const button of await saveButtons.all()) expect(await button.isDisabled()).toBe(true);
        expect(await page.locator('.edit-toggle').isDisabled()).toBe(true);
        expect(await page.locator('.app-header').getByRole('button', { name: c.undo }).isDisabled()).toBe(true);
        // A key that would change it says so instead.
        await page.keyboard.press('F2');
        await poll(() => page.locator('.error-banner').count()).toBe(1);
        expect(await page.locator('.text-pane-editing').count()).toBe(0);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
      expect(await readFile(logPath, 'utf8')).toBe(damaged);
    });
  }
});
