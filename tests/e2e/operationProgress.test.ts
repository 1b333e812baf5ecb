import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { enterReviewerName, poll } from './support/browserPage.ts';
import { describeInBrowser, startBrowserTest, type BrowserTest } from './support/browserTest.ts';
import type { ServedProject } from './support/servedProject.ts';
import { loadCorpus } from '../helpers/corpus.ts';

/**
 * A long call in the window: replacing a report's source with an unrelated, much longer text makes the exact
 * diff compare character by character (a long piece of work, in a worker thread). The panel shows the step with a
 * Cancel button; cancelling stops it, and the document is as it was. Bounded by that work, not by the clock.
 */
const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const DOC_ID = 'yangquan-jiaoqu-2023';
const DOC_TITLE = '2023年阳泉市郊区政府工作报告';
describeInBrowser('progress and cancel of a long call in the browser', () => {
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

  it('shows the step of a replaced source with a Cancel button; cancel stops it and changes nothing', async () => {
    const before = await served.api['docs.get']({ docId: DOC_ID });
    const unrelated = [...loadCorpus()].filter(([name]) => !name.startsWith('yangquan-jiaoqu')).map(([, text]) => text).join('\n').slice(0, 100_000);

    await page.goto(served.url);
    await enterReviewerName(page, '进度审核');
    await page.locator('.document-item', { hasText: DOC_TITLE }).click();
    await poll(() => page.locator('.cm-content').textContent()).toContain('172.9');
    await page.getByRole('tab', { name: /Repairs/ }).click();
    await page.locator('.source-section input[type="file"]').setInputFiles({ name: 'unrelated.txt', mimeType: 'text/plain', buffer: Buffer.from(unrelated, 'utf8') });

    const panel = page.getByRole('status', { name: 'Work under way' });
    const replacing = panel.locator('[data-operation="docs.replaceSourceBytes"]');
    await poll(() => replacing.textContent()).toContain('Comparing the old and the new source');
    expect(await replacing.textContent()).toContain('Replacing the source');
    const cancel = replacing.getByRole('button', { name: 'Cancel' });
    expect(await cancel.isEnabled()).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}operation-progress.png` });
    await cancel.click();

    await poll(() => replacing.count()).toBe(0);
    await poll(() => page.getByRole('alert').textContent()).toContain('Stopped before anything was saved.');
    // The window re-reads what it shows meanwhile (other operations); the replace is over.
    expect((await served.api['operations.progress']({})).filter((o) => o.method === 'docs.replaceSourceBytes')).toEqual([]);
    const after = await served.api['docs.get']({ docId: DOC_ID });
    expect(after.sha256).toBe(before.sha256);
    expect(after.versions).toEqual([]);
    expect(pageErrors.filter((e) => !/status of 409/.test(e))).toEqual([]);
  });
});
