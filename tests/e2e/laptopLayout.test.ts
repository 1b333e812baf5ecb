import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { enterReviewerName, poll } from './support/browserPage.ts';
import { describeInBrowser, startBrowserTest, type BrowserTest } from './support/browserTest.ts';
import type { ServedProject } from './support/servedProject.ts';
import { rawCodePoint } from '../../shared/text/offsets.ts';

/**
 * The window on laptop screens: at 1280×720 and 1440×900, with and without a record selected, the whole record
 * form and its Save buttons are on screen and the document's records table shows at least 8 rows. Screenshots
 * of each go to tests/artifacts/.
 */
const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const DOC_ID = 'yangquan-jiaoqu-2023';
const SIZES = [{ width: 1280, height: 720 }, { width: 1440, height: 900 }] as const;
/** Whether the element's box lies wholly inside the viewport and is not covered by anything else. */
async function whollyVisible(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return false;
    if (r.top < 0 || r.left < 0 || r.bottom > window.innerHeight || r.right > window.innerWidth) return false;
    // Clipped by a scrolling ancestor?
    for (let p = el.parentElement; p; p = p.parentElement) {
      const style = getComputedStyle(p);
      if (/(auto|scroll|hidden)/.test(style.overflowY + style.overflowX)) {
        const b = p.getBoundingClientRect();
        if (r.top < b.top - 1 || r.bottom > b.bottom + 1 || r.left < b.left - 1 || r.right > b.right + 1) return false;
      }
    }
    const hit = document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2);
    return hit !== null && (el === hit || el.contains(hit));
  });
}

/** axe-core's serious and critical accessibility violations on the page as it is now (rule: targets). */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol, which the page's CSP (script-src 'self') does not govern.
  const source = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  const violations = await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => v.id + ': ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')))`);
  return violations as string[];
}

/** How many whole record rows the table shows on screen (inside both its scrolling area and the window). */
async function rowsOnScreen(page: Page): Promise<number> {
  return page.locator('.records-document .records-scroll').evaluate((scroll) => {
    const area = scroll.getBoundingClientRect();
    const top = Math.max(area.top, 0) + (scroll.querySelector('.records-head')?.getBoundingClientRect().height ?? 0);
    const bottom = Math.min(area.top + scroll.clientHeight, window.innerHeight);
    const row = scroll.querySelector('.record-row')?.getBoundingClientRect().height ?? Infinity;
    return Math.floor((bottom - top) / row);
  });
}

describeInBrowser('the window on laptop screens', () => {
  let session: BrowserTest;
  let served: ServedProject;

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    session = await startBrowserTest();
    ({ served } = session);
    const [doc] = (await served.api['docs.list']({})).filter((d) => d.docId === DOC_ID);
    const text = (await served.api['docs.text']({ docId: DOC_ID, view: 'raw' })).text;
    // Enough records that the table must scroll: 12 spans of the report's first lines.
    for (let i = 0; i < 12; i++) {
      const start = [...text].indexOf('1', i * 40);
      await served.api['records.add']({
        docId: doc!.docId, evidence: [{ start: rawCodePoint(start), end: rawCodePoint(start + 1) }], fields: { indicator: `指标${i}`, value: '1' }, verify: false, by: 'e2e-setup',
      });
    }
  });

  afterAll(async () => {
    await session?.close();
  });

  for (const size of SIZES) {
    it(`shows the whole form, its Save buttons and 8 table rows at ${size.width}×${size.height}, with and without a record selected`, async () => {
      const { context, page, errors } = await session.openPage({ locale: 'en' });
      try {
        await page.setViewportSize(size);
        await page.goto(served.url);
        await enterReviewerName(page, '李审核');
        await page.locator('.document-item', { hasText: '阳泉市郊区政府工作报告' }).click();
        await poll(() => page.locator('.records-document .record-row').count()).toBeGreaterThanOrEqual(8);
        // Each document shows its file name under its title.
        expect(await page.locator('.document-item .document-file').allTextContents()).toContain(`${DOC_ID}.txt`);

        for (const selected of [false, true]) {
          if (selected) {
            await page.locator('.records-document .record-row').first().click();
            await poll(() => page.locator('.selected-record:not(.placeholder)').count()).toBe(1);
          }
          const name = `layout-${size.width}x${size.height}-${selected ? 'record-selected' : 'no-record'}`;
          await page.screenshot({ path: `${ARTIFACTS}${name}.png` });
          expect(await whollyVisible(page, '.record-form'), `${name}: the record form`).toBe(true);
          expect(await whollyVisible(page, '.record-form .actions'), `${name}: the Save buttons`).toBe(true);
          if (selected) expect(await whollyVisible(page, '.selected-record .actions'), `${name}: the record's actions`).toBe(true);
          // The report text is drawn beside them.
          expect(await page.locator('.cm-content .cm-line').count(), `${name}: text lines`).toBeGreaterThan(10);
          expect(await rowsOnScreen(page), `${name}: table rows`).toBeGreaterThanOrEqual(8);
          expect(await seriousViolations(page), `${name}: axe-core`).toEqual([]);
        }
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it('lets the side column be resized from the keyboard and keeps its width after a reload', async () => {
    const { context, page } = await session.openPage({ locale: 'en' });
    try {
      await page.goto(served.url);
      await enterReviewerName(page, '李审核');
      await page.locator('.document-item', { hasText: '阳泉市郊区政府工作报告' }).click();
      const sideWidth = () => page.locator('.side-column').evaluate((el) => Math.round(el.getBoundingClientRect().width));
      await poll(sideWidth).toBeGreaterThan(0);
      const before = await sideWidth();
      await page.getByRole('separator', { name: /Resize the text and the side panel/ }).focus();
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
      await poll(sideWidth).toBeGreaterThan(before + 20);
      const resized = await sideWidth();
      await page.reload();
      await poll(sideWidth).toBe(resized);
    } finally {
      await context.close();
    }
  });

  it('lets the record form and the records table be resized from the keyboard at 1280×720 and keeps the split after a reload', async () => {
    const { context, page } = await session.openPage({ locale: 'en' });
    try {
      await page.setViewportSize(SIZES[0]);
      await page.goto(served.url);
      await enterReviewerName(page, '李审核');
      await page.locator('.document-item', { hasText: '阳泉市郊区政府工作报告' }).click();
      await poll(() => page.locator('.records-document .record-row').count()).toBeGreaterThanOrEqual(8);
      const tableHeight = () => page.locator('.records-document').evaluate((el) => Math.round(el.getBoundingClientRect().height));
      const before = await tableHeight();
      const separator = page.getByRole('separator', { name: /Resize the record form and the records table/ });
      await separator.focus();
      await page.locator('.side-column').screenshot({ path: `${ARTIFACTS}layout-1280x720-record-split-focused.png` });
      // Up: the table grows, the form's side shrinks (and scrolls: the form is still all there, scrolled to).
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowUp');
      await poll(tableHeight).toBeGreaterThan(before + 20);
      expect(await rowsOnScreen(page)).toBeGreaterThan(8);
      await page.locator('.side-column').screenshot({ path: `${ARTIFACTS}layout-1280x720-record-split-taller-table.png` });
      const resized = await tableHeight();
      await page.reload();
      await poll(() => page.locator('.records-document .record-row').count()).toBeGreaterThanOrEqual(8);
      await poll(tableHeight).toBe(resized);
      // And back down: the whole form and its buttons are on screen again.
      await separator.focus();
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
      await poll(tableHeight).toBeLessThan(resized - 20);
      await poll(() => whollyVisible(page, '.record-form .actions')).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('lets single-key shortcuts be turned off (WCAG 2.1.4), leaving Ctrl/Cmd chords and buttons', async () => {
    const { context, page } = await session.openPage({ locale: 'en' });
    try {
      await page.goto(served.url);
      await enterReviewerName(page, '李审核');
      await page.locator('.document-item', { hasText: '阳泉市郊区政府工作报告' }).click();
      const projectView = () => page.locator('.app').getAttribute('class');
      await page.locator('body').press('a');
      await poll(projectView).toContain('mode-project');
      await page.locator('body').press('d');
      await poll(projectView).toContain('mode-document');

      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByRole('menuitemcheckbox', { name: /Single-key shortcuts/ }).click();
      await poll(() => page.getByRole('menuitemcheckbox', { name: /Single-key shortcuts/ }).getAttribute('aria-checked')).toBe('false');
      await page.keyboard.press('Escape');
      await page.locator('body').press('a');
      await page.locator('body').press('?');
      expect(await projectView()).toContain('mode-document');
      expect(await page.getByRole('dialog').count()).toBe(0);
      // The setting is remembered and the help sheet says so.
      await page.reload();
      await page.getByRole('button', { name: /Shortcuts/ }).click();
      await poll(() => page.getByRole('dialog').textContent()).toContain('Single-key shortcuts are off');
    } finally {
      await context.close();
    }
  });
});
