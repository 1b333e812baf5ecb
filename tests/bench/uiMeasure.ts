/**
 * One UI case measured in Chromium through browser mode: open → text painted → highlights painted → no request in
 * flight, mouse selection → prefilled form, Save (Enter) → the new highlight, scrolling frame times, and the page's
 * JS heap after a garbage collection. A step that fails or takes longer than STEP_LIMIT_MS is reported as such and
 * the bench goes on.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { serve } from '../../electron/node/serve/serveMain.ts';
import { selectWithMouse } from '../e2e/support/pageText.ts';
import { DOC_ID } from './uiProject.ts';

export interface UiFigures {
  painted?: number;
  highlighted?: number;
  idle?: number;
  selectToForm?: number;
  saveToHighlight?: number;
  frames?: { median: number; p95: number; max: number };
  heapMb?: number;
  notes: string[];
}

const STEP_LIMIT_MS = 180_000;
/** The measured selection: a value and its unit, as a reviewer drags over it. */
const VALUE_IN_TEXT = /\d+(\.\d+)?亿元/;

export async function measureUi(browser: Browser, project: string, staticDir: string, options: { edit: boolean }): Promise<UiFigures> {
  const figures: UiFigures = { notes: [] };
  // Its own user data folder: the bench's reviewer never becomes the machine user's setting.
  const served = await serve({ project, staticDir, userDataDir: join(project, '..', 'user') });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_LIMIT_MS);
    await page.addInitScript((docId) => {
      localStorage.setItem('iw_reviewer', 'bench');
      localStorage.setItem('iw_lastDocId', docId);
    }, DOC_ID);
    const inFlight = countRequests(page);
    const step = async (label: string, fn: () => Promise<void>) => {
      try {
        await fn();
      } catch (e) {
        figures.notes.push(`${label}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
      }
    };

    const t0 = performance.now();
    await step('open', async () => {
      await page.goto(served.bridge.url);
      await page.waitForFunction(() => (document.querySelector('.cm-content')?.textContent?.length ?? 0) > 200);
      figures.painted = performance.now() - t0;
      await page.locator('.cm-content .hl').first().waitFor();
      figures.highlighted = performance.now() - t0;
      await inFlight.idle();
      figures.idle = performance.now() - t0;
    });

    if (options.edit) {
      await step('select → form', async () => {
        const target = await page.evaluate((source) => {
          const pattern = new RegExp(source);
          for (const line of document.querySelectorAll<HTMLElement>('.cm-content .cm-line')) {
            const m = pattern.exec(line.textContent ?? '');
            if (m) return m[0];
          }
          return null;
        }, VALUE_IN_TEXT.source);
        if (!target) throw new Error('no value with 亿元 on screen');
        const t = performance.now();
        await selectWithMouse(page, target);
        await page.waitForFunction(() => [...document.querySelectorAll<HTMLInputElement>('input[name="value"]')].some((i) => /^\d/.test(i.value)));
        figures.selectToForm = performance.now() - t;
      });
      await step('save → highlight', async () => {
        const indicator = page.locator('input[name="indicator"]').first();
        await indicator.fill('地区生产总值');
        const before = await page.locator('.cm-content .hl').count();
        const t = performance.now();
        await indicator.press('Enter');
        await page.waitForFunction((n) => document.querySelectorAll('.cm-content .hl').length !== n, before);
        figures.saveToHighlight = performance.now() - t;
        await inFlight.idle();
      });
    }

    await step('scroll', async () => {
      const deltas = await page.evaluate(async () => {
        const scroller = document.querySelector<HTMLElement>('.cm-scroller')!;
        const list: number[] = [];
        let last = performance.now();
        for (let i = 0; i < 240; i++) {
          scroller.scrollTop += 400;
          await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
          const now = performance.now();
          list.push(now - last);
          last = now;
        }
        return list.sort((a, b) => a - b);
      });
      const pct = (p: number) => deltas[Math.min(deltas.length - 1, Math.floor(p * deltas.length))]!;
      figures.frames = { median: pct(0.5), p95: pct(0.95), max: deltas.at(-1)! };
    });

    await step('heap', async () => {
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      figures.heapMb = usedSize / 1048576;
    });
  } finally {
    await context.close();
    await served.close();
  }
  return figures;
}

/** Requests to the bridge in flight; `idle` waits until none has been for a moment. */
function countRequests(page: Page) {
  const t0 = performance.now();
  let open = 0;
  let lastChange = performance.now();
  const change = (d: number) => () => {
    open += d;
    lastChange = performance.now();
  };
  const started = new Map<object, number>();
  const verbose = process.env.IW_BENCH_UI_VERBOSE === '1';
  page.on('request', (r) => {
    started.set(r, performance.now());
    change(1)();
  });
  page.on('requestfinished', (r) => {
    change(-1)();
    const at = started.get(r);
    // IW_BENCH_UI_VERBOSE=1: every API call with when it was sent and how long it took, to see what waits on what.
    if (verbose && at !== undefined && r.url().includes('/api/')) {
      console.log(`    ${new URL(r.url()).pathname.slice(5).padEnd(24)} sent ${(at - t0).toFixed(0).padStart(7)} ms, took ${(performance.now() - at).toFixed(0).padStart(7)} ms`);
    }
  });
  page.on('requestfailed', change(-1));
  return {
    async idle(quietMs = 300): Promise<void> {
      const end = performance.now() + STEP_LIMIT_MS;
      while (performance.now() < end) {
        if (open <= 0 && performance.now() - lastChange >= quietMs) return;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error(`requests still in flight after ${STEP_LIMIT_MS} ms`);
    },
  };
}
