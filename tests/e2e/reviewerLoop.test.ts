import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { poll } from './support/browserPage.ts';
import { selectWithMouse } from './support/pageText.ts';
import { describeInBrowser, startBrowserTest, type BrowserTest } from './support/browserTest.ts';
import type { ServedProject } from './support/servedProject.ts';

/**
 * A reviewer's loop through the real UI, in Chromium, against the real services over the HTTP bridge:
 * name → document → mouse selection → prefilled form → save → verify → highlight → undo/redo → reload → export.
 */
const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const DOC_ID = 'yangquan-jiaoqu-2023';
const DOC_TITLE = '2023年阳泉市郊区政府工作报告';
const GDP_PASSAGE = '达到 172.9 亿元';
describeInBrowser('reviewer loop in the browser', () => {
  let session: BrowserTest;
  let served: ServedProject;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    session = await startBrowserTest();
    ({ served } = session);
    ({ page, errors: pageErrors } = await session.openPage({ locale: 'zh-CN' }));
  });

  afterAll(async () => {
    await session?.close();
  });

  const shot = (name: string) => page.screenshot({ path: `${ARTIFACTS}${name}.png` });
  const recordRows = () => page.locator('.records-document .record-row');

  it('asks for the reviewer name once and lists the documents', async () => {
    await page.goto(served.url);
    const dialog = page.getByRole('dialog');
    await poll(() => dialog.isVisible()).toBe(true);
    await dialog.locator('input[name="reviewer"]').fill('张审核');
    await dialog.locator('input[name="reviewer"]').press('Enter');
    await poll(() => dialog.count()).toBe(0);
    await poll(() => page.locator('.document-item').count()).toBe(3);
    expect(await page.locator('.app-header').textContent()).toContain('张审核');
  });

  it('prefills the form from a mouse selection and saves a draft with Enter', async () => {
    await page.locator('.document-item', { hasText: DOC_TITLE }).click();
    await poll(() => page.locator('.cm-content').textContent()).toContain(GDP_PASSAGE);

    await selectWithMouse(page, GDP_PASSAGE);
    const form = page.locator('form.record-form');
    // Value and unit together: while the drag settles, a partial selection may briefly fill the form.
    await poll(() => Promise.all([form.locator('input[name="value"]').inputValue(), form.locator('input[name="unit"]').inputValue()])).toEqual(['172.9', '亿元']);
    // The form fills from a partial selection too (the unit is read past it): wait for the drag's last word.
    await poll(() => form.locator('blockquote.quote').textContent()).toBe(GDP_PASSAGE);
    expect(await form.locator('input[name="year"]').inputValue()).toBe('2022');
    expect(await form.locator('input[name="region"]').inputValue()).toBe('阳泉市郊区');
    await shot('01-selection-prefilled');

    await form.locator('input[name="indicator"]').fill('地区生产总值');
    await form.locator('input[name="indicator"]').press('Enter');
    await poll(() => recordRows().count()).toBe(1);
    await poll(() => page.locator('.cm-content .hl-draft').count()).toBeGreaterThan(0);
    expect(await page.locator('.cm-content .hl-draft').first().textContent()).toContain('172.9');
    const [record] = await served.api['records.list']({ docId: DOC_ID });
    expect(record).toMatchObject({ indicator: '地区生产总值', value: '172.9', unit: '亿元', year: 2022, status: 'draft', createdBy: '张审核' });
    expect(record!.evidence[0]!.quote).toBe(GDP_PASSAGE);
  });

  it('verifies the record and shows it highlighted as verified', async () => {
    await page.locator('.selected-record').getByRole('button', { name: '核实', exact: true }).click();
    await poll(() => page.locator('.cm-content .hl-verified').count()).toBeGreaterThan(0);
    expect(await page.locator('.cm-content .hl-verified').first().textContent()).toContain('172.9');
    await poll(() => recordRows().first().locator('.status-badge').textContent()).toBe('已核实');
    // Who verified it and when: on the selected record's card.
    await poll(() => page.locator('.selected-record').textContent()).toContain('张审核');
    await poll(() => page.locator('.save-state').getAttribute('class')).toContain('save-saved');
    await shot('02-verified-highlight');
  });

  it('undoes back to draft and redoes to verified with the keyboard', async () => {
    await page.locator('.cm-content').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await poll(() => page.locator('.cm-content .hl-draft').count()).toBeGreaterThan(0);
    expect(await page.locator('.cm-content .hl-verified').count()).toBe(0);
    expect((await served.api['records.list']({ docId: DOC_ID }))[0]!.status).toBe('draft');

    await page.keyboard.press('Control+Shift+z');
    await poll(() => page.locator('.cm-content .hl-verified').count()).toBeGreaterThan(0);
    expect((await served.api['records.list']({ docId: DOC_ID }))[0]!.status).toBe('verified');
  });

  it('finds the record again after a reload', async () => {
    await page.reload();
    // The reviewer name and the open document are remembered.
    await poll(() => page.locator('.cm-content .hl-verified').count()).toBeGreaterThan(0);
    expect(await page.getByRole('dialog').count()).toBe(0);
    // The tables follow the text by one render (the highlight first): wait for the row as for the highlight.
    await poll(() => recordRows().count()).toBe(1);
    expect(await recordRows().first().textContent()).toContain('地区生产总值');
    await poll(() => page.locator('.document-item[aria-current="page"]').textContent()).toContain('已核实 1');
    // Nothing was changed in this window yet, but the document's changes are on disk: "saved", Undo enabled.
    await poll(() => page.locator('.save-state').getAttribute('class')).toContain('save-saved');
    expect(await page.getByRole('button', { name: /撤销/ }).isEnabled()).toBe(true);
    await shot('03-after-reload');
  });

  it('exports the dataset as a JSON download with code-point offsets, and in the other formats', async () => {
    await page.getByRole('button', { name: '导出…' }).click();
    const dialog = page.getByRole('dialog');
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: '下载' }).click()]);
    // Named by project, scope and date: iw-e2e-… is the served project's folder name.
    const fileName = download.suggestedFilename();
    expect(fileName).toMatch(/^iw-e2e-[\w-]+-verified-\d{4}-\d{2}-\d{2}\.json$/);
    const dataset = JSON.parse(await readFile(await download.path(), 'utf8'));
    expect(dataset.offsetUnit).toBe('codepoint');
    expect(dataset.records).toHaveLength(1);
    expect(dataset.records[0]).toMatchObject({ indicator: '地区生产总值', value: '172.9', unit: '亿元', status: 'verified', verifiedBy: '张审核' });
    expect(dataset.records[0].evidence[0].quote).toBe(GDP_PASSAGE);
    await poll(() => dialog.textContent()).toContain(fileName);

    // The other formats come from the same service; each download is read back by an independent reader.
    const downloadAs = async (radio: RegExp) => {
      await dialog.getByRole('radio', { name: radio }).check();
      const [d] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: '下载' }).click()]);
      return { name: d.suggestedFilename(), bytes: await readFile(await d.path()) };
    };
    const csv = await downloadAs(/^CSV/);
    expect(csv.name).toMatch(/-all-\d{4}-\d{2}-\d{2}\.csv$|-verified-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.bytes.toString('utf8')).toContain(',172.9,亿元,');
    const jsonLd = await downloadAs(/JSON-LD/);
    expect(JSON.parse(jsonLd.bytes.toString('utf8')).first.items[0].target.selector[1]).toMatchObject({ type: 'TextQuoteSelector', exact: GDP_PASSAGE });
    const pkg = await downloadAs(/Frictionless/);
    expect(pkg.name).toMatch(/\.zip$/);
    expect(Object.keys(unzipSync(pkg.bytes)).sort()).toEqual(['corrections.csv', 'datapackage.json', 'evidence.csv', 'records.csv', 'sources.csv']);
    const xlsx = await downloadAs(/XLSX/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.bytes.buffer.slice(xlsx.bytes.byteOffset, xlsx.bytes.byteOffset + xlsx.bytes.byteLength) as ArrayBuffer);
    const sheet = book.getWorksheet('records')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(sheet.getRow(2).getCell(header.indexOf('valueNumber') + 1).value).toBe(172.9);
    await page.keyboard.press('Escape');
    await poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
