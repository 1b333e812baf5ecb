import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { enterReviewerName, poll } from './support/browserPage.ts';
import { selectWithMouse } from './support/pageText.ts';
import { describeInBrowser, startBrowserTest, type BrowserTest } from './support/browserTest.ts';
import type { ServedProject } from './support/servedProject.ts';

/**
 * The window shows a change from the change's own answer (the query cache, renderer/api/cacheEffects.ts):
 * after a save, the HTTP requests the page makes are counted, and none re-reads the document's records,
 * corrections, history or text. Undo still brings the document back from the services.
 */
const DOC_ID = 'yangquan-jiaoqu-2023';
const GDP_PASSAGE = '达到 172.9 亿元';
describeInBrowser('requests after a save', () => {
  let session: BrowserTest;
  let served: ServedProject;
  let page: Page;
  /** API methods the page asked for, in order, and how many are still unanswered. */
  const asked: string[] = [];
  let pending = 0;

  beforeAll(async () => {
    session = await startBrowserTest();
    ({ served } = session);
    ({ page } = await session.openPage({ locale: 'en-US' }));
    const apiMethod = (url: string) => /\/api\/([^?]+)/.exec(url)?.[1];
    page.on('request', (r) => {
      const method = apiMethod(r.url());
      if (!method) return;
      asked.push(decodeURIComponent(method));
      pending++;
    });
    const done = (r: { url(): string }) => {
      if (apiMethod(r.url())) pending--;
    };
    page.on('requestfinished', done);
    page.on('requestfailed', done);
  });

  afterAll(async () => {
    await session?.close();
  });

  const recordRows = () => page.locator('.records-document .record-row');
  /** The requests made from now until the page is quiet again (after `expected` has been asked for). */
  const requestsDuring = async (action: () => Promise<void>, expected: string[]) => {
    const from = asked.length;
    await action();
    await poll(async () => expected.every((m) => asked.slice(from).includes(m)) && pending === 0).toBe(true);
    return asked.slice(from);
  };

  it('saves a record with no re-read of the document’s records, corrections, history or text', async () => {
    await page.goto(served.url);
    await enterReviewerName(page, 'Reviewer Zhang');
    await page.locator('.document-item', { hasText: `${DOC_ID}.txt` }).click();
    await poll(() => page.locator('.cm-content').textContent()).toContain(GDP_PASSAGE);
    await poll(async () => pending).toBe(0);

    const form = page.locator('form.record-form');
    await selectWithMouse(page, GDP_PASSAGE);
    await poll(() => form.locator('blockquote.quote').textContent()).toBe(GDP_PASSAGE);
    await form.locator('input[name="indicator"]').fill('地区生产总值');

    // The save makes stale only what the services compute from all records: the suggestions and the checks.
    const requests = await requestsDuring(async () => {
      await form.locator('input[name="indicator"]').press('Enter');
      await poll(() => recordRows().count()).toBe(1);
    }, ['records.add', 'suggestions.list', 'checks.list']);
    expect(requests.filter((m) => m === 'records.add')).toHaveLength(1);
    for (const reread of ['records.list', 'corrections.list', 'history.list', 'docs.get', 'docs.text', 'docs.list']) expect(requests).not.toContain(reread);

    // The answer shows everywhere: the highlight, the document's counts, the header's undo.
    await poll(() => page.locator('.cm-content .hl-draft').count()).toBeGreaterThan(0);
    await poll(() => page.locator('.document-item[aria-current="page"] .count-draft').textContent()).toBe('Draft 1');
    const undo = page.getByRole('button', { name: /Undo/ });
    expect(await undo.isEnabled()).toBe(true);
    expect(await undo.getAttribute('title')).toContain('地区生产总值 172.9 亿元');
    // As the services say it.
    const [saved] = await served.api['records.list']({ docId: DOC_ID });
    expect(await recordRows().first().getAttribute('data-record-id')).toBe(saved!.id);
    expect((await served.api['history.list']({ docId: DOC_ID })).undoSummary).toBe('added 地区生产总值 172.9 亿元 (2022)');
  });

  it('undo re-reads the document (it may change anything of it) and the record is gone', async () => {
    const requests = await requestsDuring(async () => {
      await page.getByRole('button', { name: /Undo/ }).click();
      await poll(() => recordRows().count()).toBe(0);
    }, ['history.undo', 'records.list']);
    expect(requests).toContain('corrections.list');
    expect(requests).not.toContain('history.list');
    await poll(() => page.locator('.cm-content .hl-draft').count()).toBe(0);
    await poll(() => page.locator('.document-item[aria-current="page"] .count-draft').textContent()).toBe('Draft 0');
    expect(await page.getByRole('button', { name: /Redo/ }).isEnabled()).toBe(true);
  });
});
