import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { enterReviewerName, poll, type OpenedPage } from './support/browserPage.ts';
import { describeInBrowser, startBrowserTest, type BrowserTest } from './support/browserTest.ts';
import type { ServedProject } from './support/servedProject.ts';
import { rawCodePoint, type RawCodePoint, type Span } from '../../shared/text/offsets.ts';

/**
 * The dataset view in the real UI: indicators by region and year, a cell's records and evidence, a chart, the
 * headline indicators still missing, and a planted level/growth contradiction flagged, translated, jumped to and
 * dismissed; screenshots in the light and the dark theme.
 */
const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const DOC_ID = 'yangquan-jiaoqu-2023';
const DOC_TITLE = '2023年阳泉市郊区政府工作报告';
/** Code-point offsets of a passage in the text. */
function span(text: string, passage: string): Span<RawCodePoint> {
  const at = text.indexOf(passage);
  if (at < 0) throw new Error(`"${passage}" not in the report`);
  const start = Array.from(text.slice(0, at)).length;
  return { start: rawCodePoint(start), end: rawCodePoint(start + Array.from(passage).length) };
}

describeInBrowser('the dataset view in the browser', () => {
  let session: BrowserTest;
  let served: ServedProject;
  let opened: OpenedPage;
  let page: Page;

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    session = await startBrowserTest();
    ({ served } = session);
    const text = (await served.api['docs.text']({ docId: DOC_ID })).text;
    const add = async (passage: string, fields: Record<string, unknown>, valueDiffers?: string) => {
      const r = await served.api['records.add']({
        docId: DOC_ID, evidence: [span(text, passage)], by: 'e2e-setup', ...(valueDiffers ? { valueDiffers } : {}),
        fields: { indicator: '地区生产总值', region: '郊区', kind: 'actual', measure: 'level', unit: '亿元', ...fields } as never,
      });
      await served.api['records.setStatus']({ recordId: r.id, status: 'verified', by: 'e2e-checker' });
    };
    // The report's 2022 level, and a planted 2021 level and 2022 growth that cannot both be true with it.
    await add('达到 172.9 亿元', { year: 2022, value: '172.9' });
    await add('达到 172.9 亿元', { year: 2021, value: '100' }, 'planted for the end-to-end test');
    await add('达到 172.9 亿元', { year: 2022, value: '5', unit: '%', measure: 'growth' }, 'planted for the end-to-end test');
    opened = await session.openPage({ locale: 'zh-CN' });
    page = opened.page;
  });

  afterAll(async () => {
    await session?.close();
  });

  const findings = () => page.locator('.dataset-open-findings .finding');

  it('shows indicators by region and year, actual and target, and the headline indicators still missing', async () => {
    await page.goto(served.url);
    await enterReviewerName(page, '张审核');
    // G opens the dataset view, as D and A open the other two.
    await page.locator('body').press('g');
    await poll(() => page.getByRole('button', { name: '数据集', exact: true }).getAttribute('aria-pressed')).toBe('true');
    const table = page.locator('.dataset-table');
    await poll(() => table.locator('tbody th').allTextContents()).toEqual(['地区生产总值']);
    expect(await table.locator('thead th').allTextContents()).toEqual(expect.arrayContaining(['郊区 2021', '郊区 2022', '实际', '目标']));
    const actual = await table.locator('tbody td.kind-actual').allTextContents();
    expect(actual).toContain('100 亿元');
    expect(actual.find((c) => c.includes('172.9 亿元'))).toContain('5 %');
    const missing = await page.locator('.dataset-missing').textContent();
    expect(missing).toContain('一般公共预算收入');
    expect(missing).toContain(DOC_TITLE);
  });

  it('flags the planted level/growth contradiction in Chinese, naming indicator, values and document', async () => {
    await poll(() => findings().count()).toBe(1);
    const text = await findings().first().locator('.finding-message').textContent();
    expect(text).toContain('地区生产总值');
    expect(text).toContain('172.9 亿元');
    expect(text).toContain('100 亿元');
    expect(text).toContain(`《${DOC_TITLE}》`);
    expect(text).not.toMatch(/r_[a-z0-9]/);
    expect(await page.locator('.dataset-cell.has-finding').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${ARTIFACTS}30-dataset-light.png` });
  });

  it('opens a cell’s records with their evidence, and charts the indicator', async () => {
    await page.locator('.dataset-cell-button', { hasText: '172.9 亿元' }).click();
    const records = page.locator('.dataset-cell-records');
    await poll(() => records.locator('.finding-record').count()).toBe(2);
    expect(await records.locator('q').first().textContent()).toBe('达到 172.9 亿元');
    await page.locator('.dataset-indicator', { hasText: '地区生产总值' }).click();
    await poll(() => page.locator('.dataset-chart-host svg').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${ARTIFACTS}31-dataset-cell-and-chart.png` });
  });

  it('jumps from a finding to the evidence in the text', async () => {
    await findings().first().locator('.finding-record').first().click();
    await poll(() => page.locator('.app').getAttribute('class')).toContain('mode-document');
    await poll(() => page.locator('.document-item[aria-current="page"]').textContent()).toContain(DOC_TITLE);
    await poll(() => page.locator('.cm-content').textContent()).toContain('达到 172.9 亿元');
    await page.getByRole('button', { name: '数据集', exact: true }).click();
  });

  it('dismisses the finding and brings it back, as in the checks panel', async () => {
    await findings().first().getByRole('button', { name: '忽略' }).click();
    await poll(() => findings().count()).toBe(0);
    const dismissed = page.locator('.dataset-findings .checks-dismissed');
    await dismissed.locator('summary').click();
    await dismissed.getByRole('button', { name: '恢复' }).click();
    await poll(() => findings().count()).toBe(1);
    expect(opened.errors).toEqual([]);
  });

  it('reads in the dark theme', async () => {
    const dark = await session.openPage({ locale: 'en-US', colorScheme: 'dark' });
    try {
      await dark.page.goto(served.url);
      await enterReviewerName(dark.page, 'Dana');
      await dark.page.getByRole('button', { name: 'Dataset', exact: true }).click();
      await poll(() => dark.page.locator('.dataset-open-findings .finding').count()).toBe(1);
      expect(await dark.page.locator('.dataset-findings .finding-message').first().textContent()).toMatch(/地区生产总值 \(郊区\): 172\.9 亿元 in 2022 after 100 亿元 in 2021/);
      await dark.page.locator('.dataset-indicator').first().click();
      await poll(() => dark.page.locator('.dataset-chart-host svg').count()).toBeGreaterThan(0);
      expect(await dark.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 255, 255)');
      await dark.page.screenshot({ path: `${ARTIFACTS}32-dataset-dark.png` });
      expect(dark.errors).toEqual([]);
    } finally {
      await dark.context.close();
    }
  });
});
