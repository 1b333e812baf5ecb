import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RecordView, SuggestionView } from '../../shared/api/views.ts';
import { pendingSuggestions } from '../../renderer/assistant/suggestionQueue.ts';
import { enterReviewerName, poll } from './support/browserPage.ts';
import { locateText } from './support/pageText.ts';
import { describeInBrowser, startBrowserTest, type BrowserTest } from './support/browserTest.ts';
import type { ServedProject } from './support/servedProject.ts';
import { rawCodePoint } from '../../shared/text/offsets.ts';

/**
 * The indicator assistant through the real UI, in Chromium, against the real services over the HTTP bridge:
 * the suggestion queue confirmed one key per suggestion (draft, verified, rejected, edited), what the
 * services then hold, the rejection surviving a reload, and a planted cross-document conflict found in the
 * Checks panel and followed to its evidence; then the codebook, the second-reviewer setting and the theme.
 */
const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const DOC_ID = 'yangquan-jiaoqu-2023';
const OTHER_DOC_ID = 'yangquan-city-2024';
const REVIEWER = '王审核';
describeInBrowser('indicator assistant in the browser', () => {
  let session: BrowserTest;
  let served: ServedProject;
  let page: Page;
  let pageErrors: string[];
  /** The open suggestions of the document in the order the queue shows them, before the reviewer starts. */
  let queue: SuggestionView[];
  let gdpRecord: RecordView;

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    session = await startBrowserTest();
    ({ served } = session);
    ({ page, errors: pageErrors } = await session.openPage({ locale: 'zh-CN' }));
    queue = pendingSuggestions(await served.api['suggestions.list']({ docId: DOC_ID }));
  });

  afterAll(async () => {
    await session?.close();
  });

  const shot = (name: string) => page.screenshot({ path: `${ARTIFACTS}${name}.png` });
  const counter = () => page.locator('.suggestion-counter').textContent();
  const currentCard = () => page.locator('.suggestion-card').getAttribute('data-suggestion-id');
  const tab = (name: RegExp) => page.getByRole('tab', { name });
  const titleOf = async (docId: string) => (await served.api['docs.get']({ docId })).title;
  /** The header's ⚙ menu: theme, codebook, project settings. */
  const fromMenu = async (role: 'menuitem' | 'menuitemradio', name: string) => {
    await page.getByRole('button', { name: '设置', exact: true }).click();
    await page.getByRole(role, { name, exact: true }).click();
  };

  it('shows the document’s suggestions as a queue, the first one revealed and outlined in the text', async () => {
    expect(queue.length).toBeGreaterThanOrEqual(10);
    await page.goto(served.url);
    await enterReviewerName(page, REVIEWER);
    await page.locator('.document-item', { hasText: await titleOf(DOC_ID) }).click();
    await poll(() => page.locator('.cm-content').textContent()).toContain(queue[0]!.evidence.quote);
    await tab(/^建议/).click();
    await poll(counter).toBe(`1 / ${queue.length}`);
    expect(await currentCard()).toBe(queue[0]!.id);
    const card = page.locator('.suggestion-card');
    expect(await card.textContent()).toContain(queue[0]!.indicator);
    expect(await card.textContent()).toContain(queue[0]!.evidence.quote);
    // Suggestions are dashed outlines over the text, the current one drawn stronger; no record exists yet.
    await poll(() => page.locator('.cm-content .suggestion-mark').count()).toBeGreaterThan(0);
    expect(await page.locator('.cm-content .suggestion-current').first().textContent()).toContain(queue[0]!.value);
    expect(await page.locator('.cm-content .hl').count()).toBe(0);
    await shot('20-suggestion-queue');
  });

  it('accepts five suggestions with one key each, as drafts and as verified, moving on after each', async () => {
    const keys = ['y', 'Shift+Y', 'y', 'Shift+Y', 'y'];
    for (const [i, key] of keys.entries()) {
      await page.keyboard.press(key);
      await poll(counter).toBe(`1 / ${queue.length - i - 1}`);
      await poll(currentCard).toBe(queue[i + 1]!.id);
    }
    await poll(async () => (await served.api['records.list']({ docId: DOC_ID })).length).toBe(5);
    await poll(() => page.locator('.save-state').getAttribute('class')).toContain('save-saved');
    await poll(() => page.locator('.cm-content .hl-verified').count()).toBeGreaterThan(0);
    await poll(() => page.locator('.cm-content .hl-draft').count()).toBeGreaterThan(0);
  });

  it('rejects one with one key and edits another before accepting it', async () => {
    await page.keyboard.press('Shift+X');
    await poll(counter).toBe(`1 / ${queue.length - 6}`);
    await poll(currentCard).toBe(queue[6]!.id);

    await page.keyboard.press('Shift+E');
    const form = page.locator('.suggestions-panel form.record-form');
    await poll(() => form.locator('input[name="value"]').inputValue()).toBe(queue[6]!.value);
    expect(await form.locator('blockquote.quote').textContent()).toBe(queue[6]!.evidence.correctedQuote);
    await form.locator('input[name="qualifier"]').fill('约');
    await shot('21-edit-then-accept');
    await form.locator('input[name="qualifier"]').press('Enter');
    await poll(() => form.count()).toBe(0);
    await poll(counter).toBe(`1 / ${queue.length - 7}`);
    await poll(currentCard).toBe(queue[7]!.id);
  });

  it('leaves records with the suggestions’ values, evidence and statuses, and the rejection remembered', async () => {
    await poll(async () => (await served.api['records.list']({ docId: DOC_ID })).length).toBe(6);
    const records = await served.api['records.list']({ docId: DOC_ID });
    const recordOf = (s: SuggestionView) => records.find((r) => r.evidence.length === 1 && r.evidence[0]!.start === s.evidence.start && r.evidence[0]!.end === s.evidence.end);
    for (const [i, s] of queue.slice(0, 5).entries()) {
      const record = recordOf(s);
      expect(record, s.id).toBeDefined();
      expect(record).toMatchObject({
        indicator: s.indicator, value: s.value, unit: s.unit, year: s.year, kind: s.kind, measure: s.measure, qualifier: s.qualifier,
        region: s.region, status: i % 2 === 0 ? 'draft' : 'verified', createdBy: REVIEWER,
      });
      expect(record!.evidence[0]!.quote).toBe(s.evidence.quote);
      if (i % 2 === 1) expect(record!.verifiedBy).toBe(REVIEWER);
    }
    expect(recordOf(queue[5]!)).toBeUndefined();
    expect(recordOf(queue[6]!)).toMatchObject({ indicator: queue[6]!.indicator, value: queue[6]!.value, qualifier: '约', status: 'draft' });
    gdpRecord = records.find((r) => r.status === 'verified' && r.indicator === '地区生产总值' && r.measure === 'level')!;
    expect(gdpRecord).toBeDefined();

    const withRejected = await served.api['suggestions.list']({ docId: DOC_ID, includeDismissed: true });
    expect(withRejected.find((s) => s.id === queue[5]!.id)?.dismissed).toBe(true);
    // The edited one counts as recorded too: the record states the same value over the same words.
    expect(withRejected.find((s) => s.id === queue[6]!.id)?.recordedAs).not.toBeNull();

    await page.reload();
    await poll(() => page.locator('.cm-content .hl-verified').count()).toBeGreaterThan(0);
    await tab(/^建议/).click();
    await poll(counter).toBe(`1 / ${queue.length - 7}`);
    expect(await currentCard()).toBe(queue[7]!.id);
    expect(await page.locator('.rejected-suggestions summary').textContent()).toContain('1');

    // A click on a suggestion's outline in the text makes it the current one.
    const retail = queue.find((s) => s.evidence.quote.endsWith('同比增长 0.7%'))!;
    const box = await locateText(page, '同比增长 0.7%');
    await page.mouse.click((box!.startX + box!.endX) / 2, box!.startY);
    await poll(currentCard).toBe(retail.id);
    await page.keyboard.press('p');
    await poll(currentCard).toBe(queue[7]!.id);
    expect((await served.api['suggestions.list']({ docId: DOC_ID })).some((s) => s.id === queue[5]!.id)).toBe(false);
  });

  it('finds a planted conflict with another document in the Checks panel and jumps to each record’s evidence', async () => {
    const text = (await served.api['docs.text']({ docId: OTHER_DOC_ID })).text;
    const at = [...text].join('').indexOf('地区生产总值');
    const start = [...text.slice(0, at)].length;
    const planted = await served.api['records.add']({
      docId: OTHER_DOC_ID, evidence: [{ start: rawCodePoint(start), end: rawCodePoint(start + 6) }], by: 'planter', valueDiffers: 'a planted conflict',
      fields: { indicator: gdpRecord.indicator, region: gdpRecord.region, year: gdpRecord.year, kind: gdpRecord.kind, measure: gdpRecord.measure, value: '165', unit: gdpRecord.unit },
    });

    await tab(/^检查/).click();
    await page.locator('.checks-panel').getByRole('button', { name: '重新检查' }).click();
    // The planted value conflicts with each GDP level recorded from the report: find its finding with 172.9.
    const conflict = page.locator('.finding-group-conflict .finding')
      .filter({ has: page.locator(`[data-record-id="${planted.id}"]`) })
      .filter({ has: page.locator(`[data-record-id="${gdpRecord.id}"]`) });
    await poll(() => conflict.count()).toBe(1);
    expect(await conflict.textContent()).toContain(await titleOf(OTHER_DOC_ID));

    await conflict.locator(`[data-record-id="${planted.id}"]`).click();
    await poll(() => page.locator('.document-item[aria-current="page"]').textContent()).toContain(await titleOf(OTHER_DOC_ID));
    await poll(() => page.locator('.cm-content .hl-selected').first().textContent()).toContain('地区生产总值');
    await shot('22-checks-conflict');

    await conflict.locator(`[data-record-id="${gdpRecord.id}"]`).click();
    await poll(() => page.locator('.document-item[aria-current="page"]').textContent()).toContain(await titleOf(DOC_ID));
    await poll(() => page.locator('.cm-content .hl-selected').first().textContent()).toContain(gdpRecord.value);

    // Judged acceptable: dismissed for the whole project, listed under 已忽略, and restorable.
    const id = await conflict.getAttribute('data-finding-id');
    await conflict.getByRole('button', { name: '忽略' }).click();
    await poll(() => conflict.count()).toBe(0);
    await poll(async () => (await served.api['checks.list']({ includeDismissed: true })).findings.find((f) => f.id === id)?.dismissed).toBe(true);
    const dismissedList = page.locator('.checks-dismissed');
    await dismissedList.locator('summary').click();
    await dismissedList.getByRole('button', { name: '恢复' }).first().click();
    await poll(() => conflict.count()).toBe(1);
  });

  it('edits the codebook (the autocomplete follows) and explains a refused change in plain words', async () => {
    await fromMenu('menuitem', '词表');
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[name="codebook-search"]').fill('社零');
    await poll(() => dialog.locator('tbody tr').count()).toBe(1);
    await dialog.getByRole('button', { name: '编辑 社会消费品零售总额' }).click();
    const synonyms = dialog.locator('input[name="synonyms"]');
    await synonyms.fill(`${await synonyms.inputValue()}、社消零总额`);
    await dialog.getByRole('button', { name: '应用' }).click();
    await dialog.getByRole('button', { name: '保存词表' }).click();
    await poll(async () => (await served.api['codebook.get']({})).find((e) => e.name === '社会消费品零售总额')?.synonyms).toContain('社消零总额');

    await dialog.getByRole('button', { name: '添加指标' }).click();
    await dialog.locator('input[name="name"]').fill('新指标');
    await dialog.locator('input[name="units"]').fill('斤斤');
    await dialog.getByRole('button', { name: '应用' }).click();
    await poll(() => dialog.locator('.codebook-entry-editor [role="alert"]').textContent()).toContain('斤斤');
    await shot('23-codebook-error');
    await dialog.locator('input[name="units"]').press('Escape');
    await page.keyboard.press('Escape');
    await poll(() => page.getByRole('dialog').count()).toBe(0);
    await tab(/^记录/).click();
    expect(await page.locator('form.record-form datalist option[value="社消零总额"]').count()).toBe(1);
  });

  it('requires a second reviewer when set, saying why "accept as verified" is refused', async () => {
    await fromMenu('menuitem', '项目设置');
    await page.getByRole('dialog').locator('input[name="requireSecondReviewer"]').check();
    await poll(async () => (await served.api['project.info']({})).settings.requireSecondReviewer).toBe(true);
    await page.keyboard.press('Escape');
    await poll(() => page.getByRole('dialog').count()).toBe(0);

    await tab(/^建议/).click();
    const before = await currentCard();
    await poll(() => page.locator('.suggestions-panel').textContent()).toContain('第二位审核人');
    await page.keyboard.press('Shift+Y');
    // Said in the reviewer's language, naming the record and who created it.
    await poll(() => page.locator('.error-banner').textContent()).toMatch(/^出现问题：本项目要求由第二位审核人核实：记录 r_\w+ 由 王审核 创建，王审核 不能核实它/);
    await poll(currentCard).toBe(before);
    expect(pageErrors.filter((e) => !/status of 409/.test(e))).toEqual([]);
  });

  it('switches to the dark theme from the header and remembers it', async () => {
    // Reloaded once the choice is saved: on a busy machine the save can still be in flight when the click returns.
    const saved = page.waitForResponse((r) => r.url().includes('/api/settings.set'));
    await fromMenu('menuitemradio', '深色');
    expect(await page.evaluate(() => document.documentElement.className)).toContain('theme-dark');
    await saved;
    await page.reload();
    await poll(() => page.evaluate(() => document.documentElement.className)).toContain('theme-dark');
    await poll(() => page.locator('.cm-content .hl-verified').count()).toBeGreaterThan(0);
    await tab(/^建议/).click();
    await poll(counter).toContain('/');
    await shot('24-dark-suggestions');
  });

  it('offers, with one key, to learn the phrase of a suggestion named as written that the reviewer renamed', async () => {
    await tab(/^建议/).click();
    const list = await served.api['suggestions.list']({ docId: DOC_ID });
    const current = list.find((s) => s.reasons.some((r) => r.code === 'suggestion.name.asWritten'))!;
    expect(current).toBeDefined();
    // Step through the queue to it: to the first suggestion, then forwards (bounded by the queue's length).
    const position = async () => (await counter())!.split('/').map((x) => Number(x.trim())) as [number, number];
    for (let i = 0; i < list.length && (await position())[0] > 1; i++) {
      const [at] = await position();
      await page.keyboard.press('p');
      await poll(async () => (await position())[0]).toBe(at - 1);
    }
    for (let i = 0; i < list.length && (await currentCard()) !== current.id; i++) {
      const [at, total] = await position();
      if (at >= total) break;
      await page.keyboard.press('n');
      await poll(async () => (await position())[0]).toBe(at + 1);
    }
    await poll(currentCard).toBe(current.id);
    const renamed = '造林面积';
    await page.keyboard.press('Shift+E');
    const form = page.locator('.suggestions-panel form.record-form');
    await form.locator('input[name="indicator"]').fill(renamed);
    await form.locator('input[name="indicator"]').press('Enter');
    const offer = page.locator('.synonym-offer');
    await poll(() => offer.textContent()).toContain(current.indicator);
    await shot('22b-synonym-offer');
    await page.keyboard.press('Enter');
    await poll(() => offer.count()).toBe(0);
    // The phrase becomes a synonym in the codebook (the offer closes at once; the save follows).
    await poll(async () => (await served.api['codebook.get']({}))
      .some((e) => e.name === current.indicator || e.synonyms.includes(current.indicator))).toBe(true);
  });
});
