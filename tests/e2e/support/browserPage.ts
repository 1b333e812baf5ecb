import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions and console errors seen so far: a clean run has none. */
  errors: string[];
}

/** A fresh browser context (no stored reviewer name or language) with error capture and short timeouts. */
export async function openPage(browser: Browser, options: { locale: string; colorScheme?: 'light' | 'dark' }): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: options.locale, colorScheme: options.colorScheme ?? 'light', acceptDownloads: true });
  const page = await context.newPage();
  // A clear message naming what never appeared, well before the test's hang guard; long enough for a page on a
  // busy machine (load 25 on 2 cores).
  page.setDefaultTimeout(45_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return { context, page, errors };
}

/** Waits for the page to catch up (an API round trip and a render), as long as a busy machine may need. */
export function poll<T>(read: () => Promise<T>) {
  return expect.poll(read, { timeout: 45_000, interval: 50 });
}

/**
 * Answers the first-run question for the reviewer's name. The name is a setting of the served user, so a later
 * page of the same server is not asked: it keeps the name when the header shows it, else changes it there.
 */
export async function enterReviewerName(page: Page, name: string): Promise<void> {
  const input = page.getByRole('dialog').locator('input[name="reviewer"]');
  const reviewerButton = page.locator('.app-header button.link-button', { hasText: /Reviewer: |审核人：/ });
  await input.or(reviewerButton).first().waitFor();
  if ((await input.count()) === 0) {
    if ((await reviewerButton.textContent())?.includes(name)) return;
    await reviewerButton.click();
  }
  await input.fill(name);
  await input.press('Enter');
  await poll(() => page.getByRole('dialog').count()).toBe(0);
}
