import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { enterReviewerName, poll } from './support/browserPage.ts';
import { describeInBrowser, startBrowserTest, type BrowserTest } from './support/browserTest.ts';
import type { ServedProject } from './support/servedProject.ts';
import { rawCodePoint } from '../../shared/text/offsets.ts';

/**
 * The Chinese UI speaks Chinese: the visible text of the Repairs, Suggestions and Checks tabs, with a finding,
 * a suggestion and a cross-document conflict on screen, holds no English word outside the report's own data
 * (quotes, before/after text, indicator names and values, document titles) and key names.
 */
const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const DOC_ID = 'yangquan-jiaoqu-2023';
const OTHER_DOC_ID = 'yangquan-city-2024';
/** Elements that show the report's own text or the records' data, and key caps. */
const REPORT_DATA = [
  '.quote', '.before-after del', '.before-after ins', '.suggestion-indicator', '.suggestion-value', '.suggestion-fields dd',
  '.finding-record-main', '.finding-record-doc', 'kbd', '.correction-change',
].join(', ');
/** Names of formats that Chinese writes in Latin letters too (转换遗留的 LaTeX 公式). */
const FORMAT_NAMES = new Set(['LaTeX', 'Markdown', 'HTML', 'GBK', 'UTF', 'CSV', 'JSON']);
/** The English words in an element's visible text once the report's data is taken out. */
async function englishWords(page: Page, selector: string, documentNames: readonly string[]): Promise<string[]> {
  return page.locator(selector).evaluate((panel, { dataSelector, documentNames }) => {
    const copy = panel.cloneNode(true) as HTMLElement;
    for (const data of copy.querySelectorAll(dataSelector)) data.remove();
    // innerText of a detached copy ignores CSS; hidden parts (closed <details>, hidden panels) are taken out here.
    for (const hidden of copy.querySelectorAll('[hidden], details:not([open]) > :not(summary), .visually-hidden')) hidden.remove();
    // Report text quoted inside a message (“PM2.5”) and the documents' names are data too.
    let text = (copy.textContent ?? '').replace(/“[^”]*”/g, '');
    for (const name of documentNames) text = text.split(name).join(' ');
    return text.match(/[A-Za-z]{2,}/g) ?? [];
  }, { dataSelector: REPORT_DATA, documentNames }).then((words) => words.filter((w) => !FORMAT_NAMES.has(w)));
}

describeInBrowser('the Chinese UI', () => {
  let session: BrowserTest;
  let served: ServedProject;
  let page: Page;

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    session = await startBrowserTest();
    ({ served } = session);
    // A GDP level in each of two documents, for one region and year, with different values: a conflict.
    for (const [docId, value] of [[DOC_ID, '172.9'], [OTHER_DOC_ID, '165']] as const) {
      const text = (await served.api['docs.text']({ docId, view: 'raw' })).text;
      const start = [...text.slice(0, text.indexOf('地区生产总值'))].length;
      await served.api['records.add']({
        docId, evidence: [{ start: rawCodePoint(start), end: rawCodePoint(start + 6) }], by: 'e2e-setup', valueDiffers: 'test data: a planted conflict',
        fields: { indicator: '地区生产总值', region: '郊区', year: 2022, kind: 'actual', measure: 'level', value, unit: '亿元' },
      });
    }
    ({ page } = await session.openPage({ locale: 'zh-CN' }));
  });

  afterAll(async () => {
    await session?.close();
  });

  it('shows the Repairs, Suggestions and Checks tabs without English outside the report data', async () => {
    await page.goto(served.url);
    await enterReviewerName(page, '王审核');
    await page.locator('.document-item', { hasText: '阳泉市郊区政府工作报告' }).click();
    await poll(() => page.locator('.cm-content').textContent()).toContain('172.9');
    const tab = (name: RegExp) => page.getByRole('tab', { name });
    const documentNames = (await served.api['docs.list']({})).flatMap((d) => [d.title, d.fileName, d.docId]).filter(Boolean);

    await tab(/^修复/).click();
    await poll(() => page.locator('#side-panel-repairs .finding').count()).toBeGreaterThan(3);
    await page.screenshot({ path: `${ARTIFACTS}zh-repairs.png` });
    expect(await englishWords(page, '#side-panel-repairs', documentNames)).toEqual([]);

    await tab(/^建议/).click();
    await poll(() => page.locator('#side-panel-suggestions .suggestion-card').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${ARTIFACTS}zh-suggestions.png` });
    expect(await englishWords(page, '#side-panel-suggestions', documentNames)).toEqual([]);

    await tab(/^检查/).click();
    await page.locator('.checks-panel').getByRole('button', { name: '重新检查' }).click();
    await poll(() => page.locator('#side-panel-checks .finding').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${ARTIFACTS}zh-checks.png` });
    expect(await englishWords(page, '#side-panel-checks', documentNames)).toEqual([]);
  });
});
