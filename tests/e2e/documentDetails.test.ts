import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterReviewerName, openPage, poll } from './support/browserPage.ts';
import { chromiumAvailability, launchChromium } from './support/chromium.ts';
import { ensureRendererBuilt } from './support/rendererBuild.ts';
import { serveSampleProject, type ServedProject } from './support/servedProject.ts';

/** The guessed metadata of a document is corrected in the UI, audited, and listed at once. */
const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const availability = chromiumAvailability();
if (!availability.run) {
  console.warn(availability.reason);
  it.skip(availability.reason, () => {});
}

describe.skipIf(!availability.run)('document details in the browser', () => {
  let served: ServedProject;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    const staticDir = await ensureRendererBuilt();
    [served, browser] = await Promise.all([serveSampleProject(staticDir), launchChromium()]);
    ({ context, page } = await openPage(browser, { locale: 'zh-CN' }));
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await served?.dispose();
  });

  it('corrects the region and years of the open document, refusing a mistyped year', async () => {
    await page.goto(served.url);
    await enterReviewerName(page, '李审核');
    await page.locator('.document-item', { hasText: '阳泉市郊区政府工作报告' }).click();
    await page.locator('.document-edit').click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[name="region"]').fill('山西省阳泉市郊区');
    await dialog.locator('input[name="yearsPlanned"]').fill('2023, 20x4');
    await dialog.locator('button[type="submit"]').click();
    await poll(() => dialog.getByRole('alert').textContent()).toContain('20x4');
    await dialog.locator('input[name="yearsPlanned"]').fill('2023');
    await page.screenshot({ path: `${ARTIFACTS}30-document-details.png` });
    await dialog.locator('button[type="submit"]').click();
    await poll(() => page.getByRole('dialog').count()).toBe(0);
    await poll(() => page.locator('.document-item[aria-current="page"] .document-meta').textContent()).toContain('山西省阳泉市郊区');
    const doc = await served.api['docs.get']({ docId: 'yangquan-jiaoqu-2023' });
    expect(doc).toMatchObject({ region: '山西省阳泉市郊区', yearsPlanned: [2023] });
    const history = await served.api['history.list']({ docId: 'yangquan-jiaoqu-2023' });
    expect(history.entries.at(-1)).toMatchObject({ action: 'document.update', by: '李审核' });
  });
});
