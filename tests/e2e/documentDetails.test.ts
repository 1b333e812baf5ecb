import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { enterReviewerName, poll } from './support/browserPage.ts';
import { describeInBrowser, startBrowserTest, type BrowserTest } from './support/browserTest.ts';
import type { ServedProject } from './support/servedProject.ts';

/** The guessed metadata of a document is corrected in the UI, audited, and listed at once. */
const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
describeInBrowser('document details in the browser', () => {
  let session: BrowserTest;
  let served: ServedProject;
  let page: Page;

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    session = await startBrowserTest();
    ({ served } = session);
    ({ page } = await session.openPage({ locale: 'zh-CN' }));
  });

  afterAll(async () => {
    await session?.close();
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
