import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RecordView } from '../../shared/api/views.ts';
import { enterReviewerName, poll } from './support/browserPage.ts';
import { locateText, selectWithMouse } from './support/pageText.ts';
import { describeInBrowser, startBrowserTest, type BrowserTest } from './support/browserTest.ts';
import type { ServedProject } from './support/servedProject.ts';
import { rawCodePoint } from '../../shared/text/offsets.ts';

/**
 * Text repair through the real UI, in Chromium, against the real services over the HTTP bridge: findings
 * accepted and rejected with one key, a whole type accepted after a preview, records kept anchored (the
 * untouched one highlights the same words, the touched one needs review), a correction reverted from the
 * list, undo/redo; then edit mode, where typing in the corrected text becomes one recorded correction.
 */
const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const DOC_ID = 'yangquan-jiaoqu-2023';
const DOC_TITLE = '2023年阳泉市郊区政府工作报告';
const REVIEWER = '张审核';
// A passage a broken_line finding cuts through ('…专用\n\n线…'), and one no finding touches.
const TOUCHED_QUOTE = '落实总投资 203 亿元的 70 个谋划项目。力争西上庄煤矿铁路专用\n\n线';
const UNTOUCHED_QUOTE = '达到 172.9 亿元';
// A paragraph printed twice: a verified record on each copy; deleting the second copy orphans its record.
const DUPLICATED_QUOTE = '二次结构和后续配套工程建设';
describeInBrowser('text repair in the browser', () => {
  let session: BrowserTest;
  let served: ServedProject;
  let page: Page;
  let pageErrors: string[];
  let touched: RecordView;
  let untouched: RecordView;
  let onSecondCopy: RecordView;
  let firstCopyStart: number;

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    session = await startBrowserTest();
    ({ served } = session);
    ({ page, errors: pageErrors } = await session.openPage({ locale: 'en-US' }));
    // Two records first: one in the paragraph a repair will join, one elsewhere.
    const raw = (await served.api['docs.text']({ docId: DOC_ID, view: 'raw' })).text;
    const add = (quote: string, indicator: string, value: string, from = 0, verify = false, valueDiffers?: string) => {
      const start = raw.indexOf(quote, from);
      return served.api['records.add']({
        docId: DOC_ID, evidence: [{ start: rawCodePoint(start), end: rawCodePoint(start + quote.length) }], fields: { indicator, value, unit: '亿元', year: 2022 }, by: REVIEWER, verify,
        ...(valueDiffers ? { valueDiffers } : {}),
      });
    };
    touched = await add(TOUCHED_QUOTE, '谋划项目总投资', '203');
    untouched = await add(UNTOUCHED_QUOTE, '地区生产总值', '172.9');
    firstCopyStart = raw.indexOf(DUPLICATED_QUOTE);
    // The duplicated words hold no figure: the values only tell the two records apart, and say so.
    await add(DUPLICATED_QUOTE, '沉陷区项目（第一份）', '1', 0, true, 'marks the first copy');
    onSecondCopy = await add(DUPLICATED_QUOTE, '沉陷区项目（第二份）', '2', firstCopyStart + 1, true, 'marks the second copy');
  });

  afterAll(async () => {
    await session?.close();
  });

  const shot = (name: string) => page.screenshot({ path: `${ARTIFACTS}${name}.png` });
  const corrected = async () => (await served.api['docs.text']({ docId: DOC_ID, view: 'corrected' })).text;
  const activeCorrections = async () => (await served.api['corrections.list']({ docId: DOC_ID })).filter((c) => c.state === 'active');
  const finding = (type: string, hasText?: string) => page.locator(`.finding[data-finding-type="${type}"]`, hasText ? { hasText } : {});
  /** The finding of a type whose place in the corrected text is next to `words` (a broken line shows no words). */
  const findingNear = async (type: string, words: string) => {
    const text = Array.from(await corrected());
    const found = (await served.api['defects.list']({ docId: DOC_ID }))
      .find((f) => f.type === type && text.slice(Math.max(0, f.correctedStart - 12), f.correctedEnd + 12).join('').includes(words));
    if (!found) throw new Error(`no ${type} finding next to "${words}"`);
    return page.locator(`.finding[data-finding-id="${found.id}"]`);
  };
  const highlightText = (status: string) => page.locator(`.cm-content .hl-${status}`).allTextContents().then((parts) => parts.join(''));

  it('accepts a finding with one key and rejects another with one key', async () => {
    await page.goto(served.url);
    await enterReviewerName(page, REVIEWER);
    await page.locator('.document-item', { hasText: DOC_TITLE }).click();
    await poll(() => page.locator('.cm-content').textContent()).toContain('172.9');
    await page.getByRole('tab', { name: /Repairs/ }).click();
    await poll(() => page.locator('.finding').count()).toBeGreaterThan(5);

    // The broken line inside the touched record's paragraph: select it, then "a".
    const brokenLine = await findingNear('broken_line', '专用');
    await brokenLine.click();
    // "a" acts on the current finding: wait until the clicked one is it (on a busy machine the click lands late).
    await poll(() => brokenLine.getAttribute('aria-selected')).toBe('true');
    await poll(() => page.locator('.cm-content .ov-finding-current').count()).toBeGreaterThan(0);
    await shot('repair-01-findings');
    await page.keyboard.press('a');
    await poll(async () => (await activeCorrections()).map((c) => [c.kind, c.before, c.after])).toEqual([['broken_line', '\n\n', '']]);
    const [joined] = await activeCorrections();
    // The finding's reason code goes with the correction, so its list says why in either language.
    expect(joined?.reasonCode?.code).toMatch(/^finding\.broken_line\./);
    const text = await corrected();
    expect(text, `joined at raw ${joined?.start}: …${text.slice(Math.max(0, (joined?.start ?? 0) - 20), (joined?.start ?? 0) + 20)}…`).toContain('专用线、动力锂电池');
    // The correction changed the words of the touched record: the notice says so, with a link to it.
    await poll(() => page.locator('.records-notice').textContent()).toContain('谋划项目总投资');
    expect(await page.locator('.records-notice').textContent()).toMatch(/Needs review \(1\)/);
    await poll(() => finding('broken_line', '专用').count()).toBe(0);

    // The title's "typo" is the real title: reject it with "r"; the rejection is remembered.
    await finding('typo', '着力聚力').click();
    await poll(() => finding('typo', '着力聚力').getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('r');
    await poll(() => finding('typo', '着力聚力').count()).toBe(0);
    const all = await served.api['defects.list']({ docId: DOC_ID, includeDismissed: true });
    expect(all.filter((f) => f.dismissed).map((f) => f.text)).toEqual(['着力聚力再出发']);
  });

  it('accepts all markup findings after a preview of what will change', async () => {
    const group = page.locator('.finding-group', { has: finding('markup') });
    await group.getByRole('button', { name: /Accept all/ }).click();
    const dialog = page.getByRole('dialog');
    await poll(() => dialog.locator('.accept-all-list li').count()).toBeGreaterThan(0);
    expect(await dialog.locator('.accept-all-list').textContent()).toContain('PM_{2.5}');
    await shot('repair-02-accept-all-preview');
    await dialog.getByRole('button', { name: /^Accept \d+$/ }).click();
    await poll(() => dialog.getByRole('status').textContent()).toMatch(/Accepted 1 of 1/);
    await dialog.getByRole('button', { name: 'Close' }).last().click();
    await poll(() => finding('markup').count()).toBe(0);
    // Accepting all is one action: one undo step.
    expect((await served.api['history.list']({ docId: DOC_ID })).entries.at(-1)).toMatchObject({ action: 'correction.batch' });

    const text = await corrected();
    expect(text).not.toContain('PM_{2.5}');
    expect(text).toContain('PM2.5');
    expect(text).not.toContain('专用\n\n线');
  });

  it('keeps records anchored in the corrected view: the untouched one on the same words, the touched one needs review', async () => {
    await page.getByRole('button', { name: 'Corrected', exact: true }).click();
    await poll(() => page.locator('.cm-content').textContent()).toContain('专用线、动力锂电池');
    expect(await page.locator('.cm-content').textContent()).not.toContain('PM_{2.5}');
    await poll(() => highlightText('draft')).toBe(UNTOUCHED_QUOTE);
    await poll(() => highlightText('needs_review')).toBe(TOUCHED_QUOTE.replace('\n\n', ''));
    const records = await served.api['records.list']({ docId: DOC_ID });
    expect(records.find((r) => r.id === untouched.id)).toMatchObject({ status: 'draft', evidence: [{ quote: UNTOUCHED_QUOTE, correctedQuote: UNTOUCHED_QUOTE }] });
    expect(records.find((r) => r.id === touched.id)?.status).toBe('needs_review');
    await page.locator('.notice-record').first().getByRole('button').first().click();
    await shot('repair-03-corrected-view');
  });

  it('moves a record off a deleted duplicate onto the surviving copy', async () => {
    await page.getByRole('tab', { name: /Repairs/ }).click();
    await finding('duplicate', '抓好各项事业发展').click();
    await poll(() => finding('duplicate', '抓好各项事业发展').getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('a');
    const orphaned = page.locator('.notice-record', { hasText: '第二份' });
    await poll(() => orphaned.textContent()).toContain('Orphaned');
    expect(await page.locator('.records-notice').textContent()).toMatch(/Lost their words to this correction \(1\)/);
    await orphaned.getByRole('button', { name: 'Find the surviving copy' }).click();
    await poll(() => orphaned.locator('.candidates li').count()).toBeGreaterThan(0);
    expect(await orphaned.locator('.candidates li').first().textContent()).toContain(DUPLICATED_QUOTE);
    await shot('repair-04-move-candidates');
    await orphaned.locator('.candidates li').first().getByRole('button', { name: 'Move here' }).click();
    await poll(() => orphaned.locator('.hint.success').textContent()).toContain(`to “${DUPLICATED_QUOTE}”`);
    const moved = (await served.api['records.list']({ docId: DOC_ID })).find((r) => r.id === onSecondCopy.id);
    expect(moved?.evidence.map((e) => [e.start, e.quote])).toEqual([[firstCopyStart, DUPLICATED_QUOTE]]);
    expect(moved?.status).not.toBe('orphaned');
  });

  it('reverts a correction from the list, then undoes and redoes the revert', async () => {
    await page.getByRole('tab', { name: /Repairs/ }).click();
    const markup = page.locator('.correction', { hasText: 'PM_{2.5}' });
    // Clicking a correction's change shows it in the text (CodeMirror renders only the lines on screen).
    await markup.locator('.correction-change').click();
    await poll(() => page.locator('.cm-content').textContent()).toContain('PM2.5');
    await markup.getByRole('button', { name: 'Revert' }).click();
    await poll(() => corrected()).toContain('PM_{2.5}');
    await poll(() => page.locator('.cm-content').textContent()).toContain('PM_{2.5}');

    await page.getByRole('button', { name: /Undo/ }).click();
    await poll(() => corrected()).toContain('PM2.5');
    await poll(() => page.locator('.cm-content').textContent()).toContain('PM2.5');
    await page.getByRole('button', { name: /Redo/ }).click();
    await poll(() => corrected()).toContain('PM_{2.5}');
    await page.keyboard.press('Control+z');
    await poll(() => corrected()).toContain('PM2.5');

    await page.getByRole('button', { name: 'Diff', exact: true }).click();
    await poll(() => page.getByRole('button', { name: 'Diff', exact: true }).getAttribute('aria-pressed')).toBe('true');
    await poll(async () => {
      await markup.locator('.correction-change').click();
      return page.locator('.cm-content .diff-del').count();
    }).toBeGreaterThan(0);
    // The corrections are refined character by character: of PM_{2.5} → PM2.5 only "_{" and "}" are struck.
    expect(await page.locator('.cm-content .diff-del').allTextContents()).toEqual(expect.arrayContaining(['_{', '}']));
    await shot('repair-05-diff-view');
  });

  it('records typing in edit mode as one correction taken from the editor', async () => {
    const before = (await served.api['corrections.list']({ docId: DOC_ID })).length;
    await page.getByRole('button', { name: /Edit text/ }).click();
    await poll(() => page.locator('.cm-content').getAttribute('aria-readonly')).toBe('false');
    await poll(() => page.getByRole('button', { name: 'Corrected', exact: true }).getAttribute('aria-pressed')).toBe('true');
    // The corrected text replaces the diff view's; scroll to its top once it is there.
    await poll(async () => {
      await page.locator('.cm-scroller').evaluate((el) => el.scrollTo({ top: 0 }));
      return locateText(page, '大关');
    }).not.toBeNull();
    await selectWithMouse(page, '大关');
    await page.keyboard.type('关口');
    // Saved after a pause in typing (or Ctrl+Enter, used here to keep the test short).
    await page.keyboard.press('Control+Enter');
    await poll(async () => (await served.api['corrections.list']({ docId: DOC_ID })).length).toBe(before + 1);
    const edits = (await served.api['corrections.list']({ docId: DOC_ID })).filter((c) => c.kind === 'edit');
    const raw = (await served.api['docs.text']({ docId: DOC_ID, view: 'raw' })).text;
    expect(edits).toHaveLength(1);
    expect(edits[0]).toMatchObject({ state: 'active', before: '大关', after: '关口', start: raw.indexOf('大关'), end: raw.indexOf('大关') + 2, author: REVIEWER });
    await poll(() => corrected()).toContain('突破 170 亿元关口');
    // The untouched record's highlight follows the edit (it lies after it on the same line).
    await poll(() => highlightText('draft')).toBe(UNTOUCHED_QUOTE);
    await shot('repair-06-edit-mode');

    // Letters typed in the text are text, not the record keys ("a" = all records); typed and taken back, no correction.
    await page.keyboard.type('a');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Control+Enter');
    expect(await page.locator('.app').getAttribute('class')).toContain('mode-document');
    // Ctrl+Z in the text undoes the saved correction through the service's history; Ctrl+Shift+Z redoes it.
    await page.keyboard.press('Control+z');
    await poll(() => corrected()).toContain('突破 170 亿元大关');
    // Like the header buttons, redo acts once the app knows there is something to redo.
    await poll(() => page.getByRole('button', { name: /Redo/ }).isEnabled()).toBe(true);
    await page.keyboard.press('Control+Shift+z');
    await poll(() => corrected()).toContain('突破 170 亿元关口');
    expect((await served.api['corrections.list']({ docId: DOC_ID })).filter((c) => c.kind === 'edit' && c.state === 'active')).toHaveLength(1);

    // Editing over that correction merges it; reverting the older one alone is refused and explained.
    await poll(() => locateText(page, '关口')).not.toBeNull();
    await selectWithMouse(page, '关口');
    await page.keyboard.type('门槛');
    await page.keyboard.press('Control+Enter');
    await poll(() => corrected()).toContain('突破 170 亿元门槛');
    await page.getByRole('button', { name: /Edit text/ }).click();
    await page.getByRole('tab', { name: /Repairs/ }).click();
    await page.getByLabel('Show reverted and superseded').check();
    const older = page.locator('.correction.state-superseded', { hasText: '关口' });
    await older.getByRole('button', { name: 'Revert' }).click();
    await poll(() => older.getByRole('alert').textContent()).toMatch(/merged into a newer one/);
    await shot('repair-07-conflict');
  });

  it('replaces the source with a better copy and re-anchors the record that did not carry over', async () => {
    // The re-OCR'd copy spaces the number: the record's quote no longer stands verbatim.
    const OTHER_DOC = 'taiyuan-xinghualing-2023';
    const OLD_QUOTE = '力争实现年产值10亿元';
    const NEW_QUOTE = '力争实现年产值 10 亿元';
    const raw = (await served.api['docs.text']({ docId: OTHER_DOC, view: 'raw' })).text;
    const start = raw.indexOf(OLD_QUOTE);
    const record = await served.api['records.add']({ docId: OTHER_DOC, evidence: [{ start: rawCodePoint(start), end: rawCodePoint(start + OLD_QUOTE.length) }], fields: { indicator: '酒厂年产值', value: '10', unit: '亿元' }, by: REVIEWER });
    const docs = await served.api['docs.list']({});
    await page.locator('.document-item', { hasText: docs.find((d) => d.docId === OTHER_DOC)!.title }).click();
    await poll(() => page.locator('.cm-content').textContent()).toContain('总体要求');

    await page.locator('.source-section input[type="file"]').setInputFiles({ name: 'taiyuan-v2.txt', mimeType: 'text/plain', buffer: Buffer.from(raw.replace(OLD_QUOTE, NEW_QUOTE), 'utf8') });
    await poll(() => page.locator('.reimport-report').textContent()).toMatch(/1 to re-anchor/);
    const item = page.locator('.reanchor-item', { hasText: '酒厂年产值' });
    await poll(() => item.locator('.candidates li').count()).toBeGreaterThan(0);
    const candidate = item.locator('.candidates li', { hasText: NEW_QUOTE.slice(-8) }).first();
    await candidate.locator('.quote').click();
    await shot('repair-08-reanchor');
    await candidate.getByRole('button', { name: 'Use this' }).click();
    await poll(async () => (await served.api['reanchor.list']({ docId: OTHER_DOC })).length).toBe(0);
    const [moved] = (await served.api['records.list']({ docId: OTHER_DOC })).filter((r) => r.id === record.id);
    expect(moved!.evidence[0]!.quote).toContain(NEW_QUOTE.slice(-8));
    await poll(() => page.locator('.reanchor-item').count()).toBe(0);
    // Refused reverts are HTTP 409s the browser logs as failed resources; nothing else may appear.
    expect(pageErrors.filter((e) => !e.includes('409 (Conflict)'))).toEqual([]);
  });
});
