import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { enterReviewerName, poll } from './support/browserPage.ts';
import { describeInBrowser, startBrowserTest, type BrowserTest } from './support/browserTest.ts';
import type { ServedProject } from './support/servedProject.ts';
import { rawCodePoint } from '../../shared/text/offsets.ts';

/**
 * The records table and the import dialog, in English and the dark theme: inline edit, bulk verify, a record
 * sent to review by a correction (reviewed text beside the current one), the project view, and an import
 * with one good, one duplicate and one refused file.
 */
const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const DOC_ID = 'yangquan-jiaoqu-2023';
describeInBrowser('records table and import in the browser', () => {
  let session: BrowserTest;
  let served: ServedProject;
  let page: Page;
  let errors: string[];
  let filesDir: string;

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    session = await startBrowserTest();
    ({ served } = session);
    filesDir = await mkdtemp(join(tmpdir(), 'iw-e2e-files-'));
    // Three records set up through the API; the correction turns 26.9 into 26.8 under a verified record.
    const raw = (await served.api['docs.text']({ docId: DOC_ID })).text;
    const span = (quote: string) => {
      const start = Array.from(raw.slice(0, raw.indexOf(quote))).length;
      return { start: rawCodePoint(start), end: rawCodePoint(start + Array.from(quote).length) };
    };
    const add = (quote: string, indicator: string, value: string, unit: string, verify: boolean) =>
      served.api['records.add']({ docId: DOC_ID, evidence: [span(quote)], fields: { indicator, value, unit, region: '郊区', year: 2022 }, by: 'setup', verify });
    await add('完成 58.2 亿元', '固定资产投资总额', '58.2', '亿元', false);
    await add('增长 12.1%', '固定资产投资增速', '12.1', '%', false);
    await add('完成 26.9 亿元', '社会消费品零售总额', '26.9', '亿元', true);
    const typo = span('26.9');
    await served.api['corrections.add']({ docId: DOC_ID, start: typo.start, end: typo.end, replace: '26.8', reason: 'OCR', by: 'setup' });
    ({ page, errors } = await session.openPage({ locale: 'en-US', colorScheme: 'dark' }));
  });

  afterAll(async () => {
    await session?.close();
    if (filesDir) await rm(filesDir, { recursive: true, force: true });
  });

  const rows = () => page.locator('.records-document .record-row');
  const statuses = async () => (await served.api['records.list']({ docId: DOC_ID })).map((r) => r.status);

  it('shows a record needing review with the reviewed words beside the current ones', async () => {
    await page.goto(served.url);
    await enterReviewerName(page, 'Alice');
    expect(await page.locator('.app-name').textContent()).toBe('Indicator Workbench');
    await page.locator('.document-item', { hasText: '阳泉市郊区政府工作报告' }).click();
    await poll(() => rows().count()).toBe(3);
    // The document's rows are one line each; the selected record's card shows the reviewed words.
    await rows().filter({ hasText: '社会消费品零售总额' }).click();
    const review = page.locator('.selected-record .review-diff');
    expect(await review.locator('del').textContent()).toBe('完成 26.9 亿元');
    expect(await review.locator('ins').textContent()).toBe('完成 26.8 亿元');
    expect(await page.locator('.cm-content .hl-needs_review').count()).toBeGreaterThan(0);
  });

  it('shows a record on hover and selects it on click', async () => {
    const highlight = page.locator('.cm-content .hl-draft', { hasText: '58.2' });
    await highlight.hover();
    await poll(() => page.locator('.record-tooltip').textContent()).toContain('固定资产投资总额');
    await highlight.click();
    await poll(() => page.locator('.records-document .record-row.is-selected').textContent()).toContain('固定资产投资总额');
    expect(await page.locator('.selected-record').textContent()).toContain('58.2 亿元');
  });

  it('edits a value in place and keeps the other fields', async () => {
    const row = rows().filter({ hasText: '固定资产投资总额' });
    await row.locator('.cell-value .editable').dblclick();
    // The same figure written with two decimals: the value guard reads numbers by value.
    await row.locator('.cell-input').fill('58.20');
    await row.locator('.cell-input').press('Enter');
    await poll(async () => (await served.api['records.list']({ docId: DOC_ID }))[0]!.value).toBe('58.20');
    expect((await served.api['records.list']({ docId: DOC_ID }))[0]).toMatchObject({ unit: '亿元', year: 2022, region: '郊区' });
  });

  it('verifies checked rows in bulk and filters by status', async () => {
    await page.locator('.records-document .records-head input[type="checkbox"]').check();
    await page.getByRole('button', { name: 'Verify checked (3)' }).click();
    // Two rows verified; the value guard refuses the one whose corrected words say 26.8, not 26.9, and says so.
    await poll(statuses).toEqual(['verified', 'verified', 'needs_review']);
    await poll(() => page.locator('.error-banner .error-message').textContent())
      .toBe('Refused: the value 26.9 亿元 is not written in the evidence “完成 26.8 亿元”. Correct it, or edit the record and mark the value as differing from the text with a reason.');
    await page.locator('.error-banner button').click();
    await page.locator('.records-document select[aria-label="Status"]').selectOption('verified');
    await poll(() => rows().count()).toBe(2);
    await page.locator('.records-document select[aria-label="Status"]').selectOption('draft');
    await poll(() => rows().count()).toBe(0);
    expect(await page.locator('.records-document .empty-state').textContent()).toBe('No record matches the filters.');
    await page.locator('.records-document select[aria-label="Status"]').selectOption('');
    await page.screenshot({ path: `${ARTIFACTS}10-dark-english-table.png` });
  });

  it('lists every record of the project and jumps from a row to its evidence', async () => {
    await page.keyboard.press('a');
    const projectRows = page.locator('.records-project .record-row');
    await poll(() => projectRows.count()).toBe(3);
    await page.locator('.records-project .sort-button', { hasText: 'Value' }).click();
    expect(await projectRows.first().locator('.cell-value').textContent()).toBe('12.1');
    await projectRows.filter({ hasText: '社会消费品零售总额' }).click();
    await poll(() => page.locator('.document-workspace').isVisible()).toBe(true);
    await poll(() => page.locator('.cm-content .hl-selected').count()).toBeGreaterThan(0);
    expect(await page.locator('.cm-content .hl-selected').first().textContent()).toContain('26.9');
  });

  it('imports chosen files and reports each one', async () => {
    const fresh = join(filesDir, 'county-2023.txt');
    const refused = join(filesDir, 'scan.pdf');
    // Long enough that its bytes cross the page's encoding in many pieces; every byte must arrive as it is.
    await writeFile(fresh, `某县政府工作报告\n\n2023 年全县地区生产总值达到 88.8 亿元，增长 5%左右。\n${'各项工作稳步推进。\n'.repeat(20_000)}`);
    await writeFile(refused, '%PDF-1.4');
    await page.getByRole('button', { name: 'Import…' }).click();
    await page.locator('.import-dialog input[type="file"]').setInputFiles([fresh, refused, join(fileURLToPath(new URL('../../data/reports/', import.meta.url)), 'yangquan-city-2024.txt')]);
    const report = page.locator('.import-report li');
    await poll(() => report.count()).toBe(3);
    expect(await page.locator('.progress-line').textContent()).toBe('Finished: 1 imported, 1 already present, 1 failed.');
    expect(await report.nth(0).textContent()).toContain('county-2023.txt imported');
    const sha256 = createHash('sha256').update(await readFile(fresh)).digest('hex');
    expect((await served.api['docs.get']({ docId: 'county-2023' })).sha256).toBe(sha256);
    expect(await report.nth(1).textContent()).toContain('scan.pdf failed: only .txt and .md files can be imported (this is ".pdf")');
    expect(await report.nth(2).textContent()).toContain('already in the project as yangquan-city-2024');
    await page.screenshot({ path: `${ARTIFACTS}11-import-report.png` });
    await page.keyboard.press('Escape');
    // The imported report opens, with its text.
    await poll(() => page.locator('.cm-content').textContent()).toContain('88.8 亿元');
    expect(await page.locator('.document-item').count()).toBe(4);
    expect(errors).toEqual([]);
  });
});
