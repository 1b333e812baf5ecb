import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { enterReviewerName, poll } from './support/browserPage.ts';
import { describeInBrowser, startBrowserTest, type BrowserTest } from './support/browserTest.ts';
import { locateText, selectWithMouse } from './support/pageText.ts';
import type { ServedProject } from './support/servedProject.ts';
import { rawCodePoint } from '../../shared/text/offsets.ts';

/**
 * Characters outside the BMP (a CJK Extension B name, emoji) before a record: one code point each for the API,
 * two UTF-16 units each for the text pane. Highlights, a mouse selection → the form → the saved evidence, the
 * corrected view (its map served with the text) and the export must all land on the same words. The same again
 * with CRLF line breaks (as two of the sample reports have): "\r\n" is two positions for the text pane too.
 */
// Our own sentences, not a report's.
const textWith = (eol: string) => [
  '𠀀家庄区2023年政府工作报告😀',
  '一、2022年工作回顾',
  `过去一年，𠀁区上下👍团结奋斗，地区生产${eol}${eol}总值达到 88.6 亿元，同比增长 5.2%。`,
  '一般公共预算收入完成 7.3 亿元。',
  '',
].join(eol);
const GDP = '达到 88.6 亿元';
const REVENUE = '完成 7.3 亿元';
const cpOf = (text: string, needle: string) => Array.from(text.slice(0, text.indexOf(needle))).length;
const sliceCp = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('');

for (const [label, eol] of [['LF', '\n'], ['CRLF', '\r\n']] as const) describeInBrowser(`text with characters outside the BMP and ${label} line breaks in the browser`, () => {
  const FILE = `astral-district-${label.toLowerCase()}-2023.txt`;
  const TEXT = textWith(eol);
  let session: BrowserTest;
  let served: ServedProject;
  let page: Page;
  let errors: string[];
  let docId: string;

  beforeAll(async () => {
    session = await startBrowserTest();
    ({ served } = session);
    const report = await served.api['docs.importBytes']({ fileName: FILE, base64: Buffer.from(TEXT).toString('base64'), by: 'setup' });
    docId = report.imported[0]!.docId;
    await served.api['docs.updateMeta']({ docId, confirmDetails: true, by: 'setup' });
    // Corrections on both sides of the words: an emoji inserted before them, the broken line joined.
    const br = cpOf(TEXT, `${eol}${eol}总值`);
    await served.api['corrections.add']({ docId, start: rawCodePoint(br), end: rawCodePoint(br + 2 * eol.length), replace: '', kind: 'broken_line', by: 'setup' });
    const at = cpOf(TEXT, '团结');
    await served.api['corrections.add']({ docId, start: rawCodePoint(at), end: rawCodePoint(at), replace: '🏛', kind: 'edit', by: 'setup' });
    ({ page, errors } = await session.openPage({ locale: 'en-US' }));
  });

  afterAll(async () => {
    await session?.close();
  });

  const form = () => page.locator('form.record-form');
  const highlightText = async (className: string) => (await page.locator(`.cm-content .${className}`).allTextContents()).join('');

  /** Selects `passage` with the mouse, checks the form, saves a draft with Enter; returns the saved record's evidence. */
  const saveFromSelection = async (passage: string, indicator: string, value: string) => {
    await selectWithMouse(page, passage);
    await poll(() => form().locator('blockquote.quote').textContent()).toBe(passage);
    expect(await form().locator('input[name="value"]').inputValue()).toBe(value);
    expect(await form().locator('input[name="unit"]').inputValue()).toBe('亿元');
    await form().locator('input[name="indicator"]').fill(indicator);
    await form().locator('input[name="indicator"]').press('Enter');
    await poll(async () => (await served.api['records.list']({ docId })).some((r) => r.indicator === indicator)).toBe(true);
    return (await served.api['records.list']({ docId })).find((r) => r.indicator === indicator)!.evidence[0]!;
  };

  it('saves a selection in the raw view as code points and highlights exactly those words', async () => {
    await page.goto(served.url);
    await enterReviewerName(page, 'Alice');
    await page.locator('.document-item', { hasText: FILE }).click();
    await poll(() => page.locator('.cm-content').textContent()).toContain(GDP);

    const evidence = await saveFromSelection(GDP, '地区生产总值', '88.6');
    expect(evidence.quote).toBe(GDP);
    expect(evidence.start).toBe(cpOf(TEXT, GDP));
    expect(sliceCp(TEXT, evidence.start, evidence.end)).toBe(GDP);
    await poll(() => highlightText('hl-draft')).toBe(GDP);
  });

  it('keeps the highlight on the same words in the corrected view, and saves a selection made there as raw evidence', async () => {
    await page.getByRole('button', { name: 'Corrected', exact: true }).click();
    await poll(() => page.locator('.cm-content').textContent()).toContain('🏛团结奋斗，地区生产总值');
    await poll(() => highlightText('hl-draft')).toBe(GDP);

    const evidence = await saveFromSelection(REVENUE, '一般公共预算收入', '7.3');
    expect(evidence.quote).toBe(REVENUE);
    expect(evidence.start).toBe(cpOf(TEXT, REVENUE));
    expect(evidence.correctedQuote).toBe(REVENUE);
    await poll(() => highlightText('hl-draft')).toBe(GDP + REVENUE);
    expect(errors).toEqual([]);
  });

  it('exports code-point offsets that slice the raw and corrected texts to the quotes', async () => {
    const raw = (await served.api['docs.text']({ docId, view: 'raw' })).text;
    const corrected = (await served.api['docs.text']({ docId, view: 'corrected' })).text;
    const result = await served.api['export.dataset']({ format: 'json', all: true });
    const dataset = JSON.parse(result.content) as { offsetUnit: string; records: { docId: string; evidence: { start: number; end: number; quote: string; correctedStart: number; correctedEnd: number; correctedQuote: string }[] }[] };
    expect(dataset.offsetUnit).toBe('codepoint');
    const ours = dataset.records.filter((r) => r.docId === docId);
    expect(ours.map((r) => r.evidence[0]!.quote).sort()).toEqual([GDP, REVENUE].sort());
    for (const e of ours.flatMap((r) => r.evidence)) {
      expect(sliceCp(raw, e.start, e.end)).toBe(e.quote);
      expect(sliceCp(corrected, e.correctedStart, e.correctedEnd)).toBe(e.correctedQuote);
      expect(e.correctedQuote).toBe(e.quote);
    }
  });

  it('records typing in edit mode at the words typed over, and keeps both highlights on their words', async () => {
    await page.getByRole('button', { name: /Edit text/ }).click();
    await poll(() => page.locator('.cm-content').getAttribute('aria-readonly')).toBe('false');
    await poll(() => locateText(page, '同比增长')).not.toBeNull();
    await selectWithMouse(page, '同比增长');
    await page.keyboard.type('比上年增长');
    await page.keyboard.press('Control+Enter');
    const typed = async () => (await served.api['corrections.list']({ docId })).filter((c) => c.kind === 'edit' && c.after === '比上年增长');
    await poll(async () => (await typed()).length).toBe(1);
    const edit = (await typed())[0]!;
    expect(edit).toMatchObject({ before: '同比增长', after: '比上年增长', start: cpOf(TEXT, '同比增长'), end: cpOf(TEXT, '同比增长') + 4 });
    await page.getByRole('button', { name: /Edit text/ }).click();
    await poll(() => highlightText('hl-draft')).toBe(GDP + REVENUE);
    expect(errors).toEqual([]);
  });
});

