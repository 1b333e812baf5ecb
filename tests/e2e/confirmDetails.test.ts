import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
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
 * The import's confirm step: a report whose details are only weakly supported (no title, no dateline, no
 * year in its headings) is imported from the browser; its details are listed with their unsure marks and
 * source lines; the reviewer corrects one with the keyboard and confirms with Enter.
 */
const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
// Written for this test: the place is named twice, the years come only from the file name.
const REPORT = '各位代表：\n现在，我代表县人民政府向大会报告工作。\n过去一年，青河县经济稳步发展，全县地区生产总值增长6.5%。\n今年，青河县的主要预期目标是：地区生产总值增长6%左右。\n';
describeInBrowser('confirming document details at import', () => {
  let session: BrowserTest;
  let served: ServedProject;
  let page: Page;
  let errors: string[];
  let filesDir: string;

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    session = await startBrowserTest();
    ({ served } = session);
    filesDir = await mkdtemp(join(tmpdir(), 'iw-e2e-confirm-'));
    ({ page, errors } = await session.openPage({ locale: 'zh-CN' }));
  });

  afterAll(async () => {
    await session?.close();
    if (filesDir) await rm(filesDir, { recursive: true, force: true });
  });

  it('lists the unsure details with their source lines and takes a correction from the keyboard', async () => {
    await page.goto(served.url);
    await enterReviewerName(page, '王审核');
    // Documents already in the project are not asked about.
    expect(await page.getByRole('dialog').count()).toBe(0);

    const file = join(filesDir, 'qinghe-2025.txt');
    await writeFile(file, REPORT);
    await page.getByRole('button', { name: '导入…' }).click();
    await page.locator('.import-dialog input[type="file"]').setInputFiles([file]);
    await poll(() => page.locator('.import-report li').count()).toBe(1);
    await page.keyboard.press('Escape');

    const dialog = page.locator('.confirm-details-dialog');
    await poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.locator('legend').textContent()).toContain('qinghe-2025.txt');
    expect(await dialog.locator('.guess-mark-unsure').count()).toBeGreaterThan(0);
    const region = dialog.locator('.confirm-details-field', { has: page.locator('input[name="region"]') });
    expect(await region.locator('input').inputValue()).toBe('青河县');
    expect(await region.locator('.guess-evidence').textContent()).toContain('青河县经济稳步发展');
    const planned = dialog.locator('.confirm-details-field', { has: page.locator('input[name="yearsPlanned"]') });
    expect(await planned.locator('.guess-mark').textContent()).toBe('待确认');
    expect(await planned.textContent()).toContain('只有文件名给出了年份');
    await page.screenshot({ path: `${ARTIFACTS}40-confirm-details.png` });

    // The first unsure field has the focus; Tab moves on; the reviewer knows the report plans 2026.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('title');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('region');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('2025');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('2026');
    await page.keyboard.press('Enter');

    await poll(() => dialog.count()).toBe(0);
    const doc = await served.api['docs.get']({ docId: 'qinghe-2025' });
    expect(doc).toMatchObject({ region: '青河县', yearsReviewed: [2025], yearsPlanned: [2026], detailsConfirmed: { by: '王审核' } });
    const history = await served.api['history.list']({ docId: 'qinghe-2025' });
    expect(history.entries.at(-1)).toMatchObject({ action: 'document.update', by: '王审核' });
    expect(errors).toEqual([]);
  });

  it('offers to move drafts of the old planned year when the years change, and leaves verified records alone', async () => {
    const quote = '增长6%左右';
    const start = [...REPORT].join('').indexOf(quote);
    const add = (verify: boolean) => served.api['records.add']({
      docId: 'qinghe-2025', evidence: [{ start: rawCodePoint(start), end: rawCodePoint(start + quote.length) }],
      fields: { indicator: '地区生产总值', measure: 'growth', kind: 'target', value: '6', unit: '%', qualifier: '左右', year: 2026 }, by: 'setup', verify,
    });
    const draft = await add(false);
    const verified = await add(true);
    await page.locator('.document-item', { hasText: '青河县' }).click();
    await page.locator('.document-edit').click();
    const dialog = page.locator('.document-details-dialog');
    await dialog.locator('input[name="yearsPlanned"]').fill('2027');
    await dialog.locator('input[name="yearsPlanned"]').press('Enter');
    await poll(() => dialog.locator('.draft-years-offer').textContent()).toContain('2026 → 2027');
    await page.keyboard.press('Enter');
    await poll(() => page.locator('.document-details-dialog').count()).toBe(0);
    const years = Object.fromEntries((await served.api['records.list']({ docId: 'qinghe-2025' })).map((r) => [r.id, r.year]));
    expect(years).toEqual({ [draft.id]: 2027, [verified.id]: 2026 });
    expect(errors).toEqual([]);
  });
});
