import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Dataset } from '../../shared/export/dataset.ts';
import { enterReviewerName, poll } from './support/browserPage.ts';
import { selectWithMouse } from './support/pageText.ts';
import { describeInBrowser, startBrowserTest, type BrowserTest } from './support/browserTest.ts';
import type { ServedProject } from './support/servedProject.ts';

/**
 * The value guard in the record form: a value the evidence does not state is refused at save with the reason
 * shown in the form; marked as differing from the text with a reason, it is saved, marked on the record, and
 * exported with that reason.
 */
const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const DOC_ID = 'yangquan-jiaoqu-2023';
const PASSAGE = '固定资产投资总额完成 58.2 亿元';
const REASON = 'the statistics bulletin revised it to 85.2';
describeInBrowser('value guard in the browser', () => {
  let session: BrowserTest;
  let served: ServedProject;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    session = await startBrowserTest();
    ({ served } = session);
    ({ page, errors: pageErrors } = await session.openPage({ locale: 'en-US' }));
  });

  afterAll(async () => {
    await session?.close();
  });

  const form = () => page.locator('form.record-form');
  const records = () => served.api['records.list']({ docId: DOC_ID });

  it('refuses a value the evidence does not state, saying so in the form', async () => {
    await page.goto(served.url);
    await enterReviewerName(page, 'Alice');
    await page.locator('.document-item', { hasText: '阳泉市郊区政府工作报告' }).click();
    await poll(() => page.locator('.cm-content').textContent()).toContain(PASSAGE);
    await selectWithMouse(page, PASSAGE);
    await poll(() => Promise.all([form().locator('input[name="value"]').inputValue(), form().locator('input[name="unit"]').inputValue()])).toEqual(['58.2', '亿元']);

    await form().locator('input[name="indicator"]').fill('固定资产投资');
    await form().locator('input[name="value"]').fill('85.2');
    await form().getByRole('button', { name: 'Save and verify' }).click();
    await poll(() => form().locator('.value-guard-message').textContent())
      .toBe(`The value 85.2 亿元 is not written in the evidence “${PASSAGE}”. Correct the value, or mark it as differing from the text and say why.`);
    expect(await records()).toEqual([]);

    // Marked as differing but without a reason: still refused.
    await form().getByLabel('The value differs from the text').check();
    await form().getByRole('button', { name: 'Save and verify' }).click();
    expect(await form().locator('input[name="valueDiffersReason"]').getAttribute('aria-invalid')).toBe('true');
    expect(await records()).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}30-value-guard-refused.png` });
  });

  it('saves it with the reason, marks it on the record and in the table, and exports the reason', async () => {
    await form().locator('input[name="valueDiffersReason"]').fill(REASON);
    await form().getByRole('button', { name: 'Save and verify' }).click();
    await poll(async () => (await records()).length).toBe(1);
    const [record] = await records();
    expect(record).toMatchObject({ value: '85.2', unit: '亿元', status: 'verified', valueDiffers: { reason: REASON, by: 'Alice' } });

    await poll(() => page.locator('.selected-record .value-differs-note').textContent()).toContain(`Value differs from the text: ${REASON} (Alice,`);
    const row = page.locator('.records-document .record-row', { hasText: '固定资产投资' });
    expect(await row.locator('.value-differs-mark').getAttribute('title')).toContain(REASON);
    expect(await form().locator('.value-guard').count()).toBe(0);
    await page.screenshot({ path: `${ARTIFACTS}31-value-differs-marked.png` });

    const dataset = JSON.parse((await served.api['export.dataset']({ format: 'json', all: false })).content) as Dataset;
    expect(dataset.records.map((r) => [r.value, r.valueDiffers?.reason])).toEqual([['85.2', REASON]]);
    const csv = (await served.api['export.dataset']({ format: 'csv', all: false })).content;
    expect(csv.split('\r\n')[0]).toMatch(/,valueDiffers$/);
    expect(csv.split('\r\n')[1]).toMatch(new RegExp(`,${REASON}$`));
    expect(pageErrors).toEqual([]);
  });
});
