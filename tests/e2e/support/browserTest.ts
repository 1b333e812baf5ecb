import type { Browser } from 'playwright-core';
import { describe, it } from 'vitest';
import { openPage, type OpenedPage } from './browserPage.ts';
import { chromiumAvailability, launchChromium } from './chromium.ts';
import { ensureRendererBuilt } from './rendererBuild.ts';
import { serveSampleProject, type ServedProject } from './servedProject.ts';

/**
 * The set-up every end-to-end file shares, in one place: Chromium (or a skip that says why), the built renderer,
 * a fresh project with the sample reports served like `npm run serve`, and pages with error capture, all closed
 * together.
 */
const availability = chromiumAvailability();

/** describe() for browser tests: where Chromium is missing, skipped with the reason shown in the report. */
export function describeInBrowser(name: string, body: () => void): void {
  if (!availability.run) {
    console.warn(availability.reason);
    it.skip(availability.reason, () => {});
  }
  describe.skipIf(!availability.run)(name, body);
}

export interface BrowserTest {
  served: ServedProject;
  browser: Browser;
  /** A fresh context (no stored reviewer name or language) and page, closed with the session. */
  openPage(options: Parameters<typeof openPage>[1]): Promise<OpenedPage>;
  close(): Promise<void>;
}

export async function startBrowserTest(): Promise<BrowserTest> {
  const staticDir = await ensureRendererBuilt();
  const [served, browser] = await Promise.allSettled([serveSampleProject(staticDir), launchChromium()]);
  if (served.status === 'rejected' || browser.status === 'rejected') {
    // Whichever half started is closed before the failure is reported.
    if (served.status === 'fulfilled') await served.value.dispose();
    if (browser.status === 'fulfilled') await browser.value.close();
    throw served.status === 'rejected' ? served.reason : (browser as PromiseRejectedResult).reason;
  }
  const opened: OpenedPage[] = [];
  return {
    served: served.value,
    browser: browser.value,
    async openPage(options) {
      const page = await openPage(browser.value, options);
      opened.push(page);
      return page;
    },
    async close() {
      for (const { context } of opened) await context.close().catch(() => undefined);
      await browser.value.close();
      await served.value.dispose();
    },
  };
}
