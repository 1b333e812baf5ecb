/**
 * One UI case measured in Chromium through browser mode: open → text painted → highlights painted → no request in
 * flight, mouse selection → prefilled form and Save (Enter) → the new highlight (medians of three rounds), scrolling frame times, and the page's
 * JS heap after a garbage collection. Times are taken inside the page (from navigation start, or from the mouse
 * press or key press, to the animation frame that shows the result): Playwright's own polling can notice a change
 * seconds late while a big response is in flight. A step that fails or takes longer than STEP_LIMIT_MS is reported
 * as such and the bench goes on.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { serve } from '../../electron/node/serve/serveMain.ts';
import { dragAcross, locateMatch, type TextBox } from '../e2e/support/pageText.ts';
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
/** Rounds of selection → form → save; their medians are the figures. */
const ROUNDS = 3;
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
    await page.addInitScript(PROBES);
    const inFlight = countRequests(page);
    const step = async (label: string, fn: () => Promise<void>) => {
      try {
        await fn();
      } catch (e) {
        figures.notes.push(`${label}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
      }
    };

    await step('open', async () => {
      await page.goto(served.bridge.url);
      const shown = await until(page, 'opened');
      figures.painted = shown.painted;
      figures.highlighted = shown.highlighted;
      const t = performance.now();
      await inFlight.idle();
      // No request in flight: measured outside the page, from when the page saw the highlights.
      figures.idle = shown.highlighted + (performance.now() - t);
    });

    if (options.edit) {
      // Selection → form and Save → highlight, ROUNDS times over, each on the value of another statement; the
      // median is printed, as one round on a busy machine says little.
      const selectTimes: number[] = [];
      const saveTimes: number[] = [];
      let selected = { x: 0, y: 0 };
      for (let round = 0; round < ROUNDS; round++) {
        await step(`select → form (round ${round + 1})`, async () => {
          const box = await valueOnLine(page, round);
          selected = { x: (box.startX + box.endX) / 2, y: (box.startY + box.endY) / 2 };
          await arm(page, 'mouseup', 'formFilled');
          await dragAcross(page, box);
          selectTimes.push((await until(page, 'armed')).elapsed);
        });
        await step(`save → highlight (round ${round + 1})`, async () => {
          const indicator = page.locator('input[name="indicator"]').first();
          await indicator.fill('地区生产总值');
          // A statement the assistant cannot date leaves the year empty, and the form refuses that.
          const year = page.locator('input[name="year"]').first();
          if ((await year.inputValue()) === '') await year.fill('2023');
          await arm(page, 'keydown', 'highlightAdded', selected);
          const profiler = await startProfile(context, page);
          const traceDir = process.env.IW_BENCH_UI_TRACE;
          if (traceDir) await mkdir(traceDir, { recursive: true });
          if (traceDir) await browser.startTracing(page, { path: join(traceDir, `save-${round + 1}-${Date.now()}.json`), categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute', 'disabled-by-default-v8.cpu_profiler', 'v8'] });
          await indicator.press('Enter');
          saveTimes.push((await until(page, 'armed')).elapsed);
          if (traceDir) await browser.stopTracing();
          await profiler?.stop(`save-${round + 1}`);
          await inFlight.idle();
        });
      }
      figures.selectToForm = median(selectTimes);
      figures.saveToHighlight = median(saveTimes);
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

/**
 * Probes installed in the page before its scripts run. `opened`: when the text and the first highlight were first
 * on screen, from navigation start. `armed`: from the next mouse release or key press to the frame where the condition
 * holds; the conditions are the prefilled form and one more highlight than when armed.
 */
const PROBES = `(() => {
  const conditions = {
    formFilled: () => [...document.querySelectorAll('input[name="value"]')].some((i) => /^\\d/.test(i.value)),
    highlightAdded: (armed) => highlightDepth(armed.point) > armed.depth,
  };
  const probes = window.__iwProbes = { opened: {}, armed: null };
  // Highlights nested at a point on screen: one more once a record over the selected words is drawn (an adjacent
  // highlight of the same status may absorb the new one into its element, so counting elements is not enough).
  const highlightDepth = (point) => {
    let depth = 0;
    for (let el = point && document.elementFromPoint(point.x, point.y); el; el = el.parentElement) if (el.classList.contains('hl')) depth++;
    return depth;
  };
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
  (async function watchOpen() {
    while (probes.opened.highlighted === undefined) {
      const now = await frame();
      if (probes.opened.painted === undefined && (document.querySelector('.cm-content')?.textContent?.length ?? 0) > 200) probes.opened.painted = now;
      if (probes.opened.painted !== undefined && document.querySelector('.cm-content .hl')) probes.opened.highlighted = now;
    }
    probes.opened.done = true;
  })();
  window.__iwArm = (event, name, point) => {
    const armed = probes.armed = { start: null, point, depth: highlightDepth(point) };
    document.addEventListener(event, () => {
      if (armed.start !== null) return;
      armed.start = performance.now();
      performance.mark('iw-armed');
      (async function watch() {
        for (;;) {
          const now = await frame();
          if (conditions[name](armed)) { performance.mark('iw-seen'); return void Object.assign(armed, { elapsed: now - armed.start, done: true }); }
        }
      })();
    }, { capture: true });
  };
})();`;

async function arm(page: Page, event: 'mouseup' | 'keydown', condition: 'formFilled' | 'highlightAdded', point?: { x: number; y: number }): Promise<void> {
  type Arm = { __iwArm(e: string, c: string, p: { x: number; y: number } | null): void };
  await page.evaluate(([e, c, p]) => (window as unknown as Arm).__iwArm(e, c, p), [event, condition, point ?? null] as const);
}

/** Waits (polling the page every 100 ms) until a probe is done, and returns what it measured. */
interface Probe {
  painted: number;
  highlighted: number;
  elapsed: number;
  done?: boolean;
}

async function until(page: Page, probe: 'opened' | 'armed'): Promise<Probe> {
  type Probes = { __iwProbes: Record<string, Probe | null> };
  await page.waitForFunction((p) => (window as unknown as Probes).__iwProbes[p]?.done === true, probe, { polling: 100 });
  return page.evaluate((p) => (window as unknown as Probes).__iwProbes[p]!, probe);
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

function median(list: readonly number[]): number | undefined {
  if (list.length === 0) return undefined;
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/**
 * The value (a figure with 亿元) of the `nth` line that states one, scrolled to the middle of the text pane, as
 * screen coordinates to drag across. Lines, not strings: in the identical case every statement reads the same.
 */
async function valueOnLine(page: Page, nth: number): Promise<TextBox> {
  const found = await page.evaluate(([source, n]) => {
    const lines = [...document.querySelectorAll<HTMLElement>('.cm-content .cm-line')].filter((l) => new RegExp(source).test(l.textContent ?? ''));
    const line = lines[n];
    if (!line) return false;
    line.scrollIntoView({ block: 'center' });
    return true;
  }, [VALUE_IN_TEXT.source, nth] as const);
  if (!found) throw new Error(`no line ${nth + 1} with a value in 亿元 in the text pane`);
  // Two frames: CodeMirror redraws the scrolled lines before they are measured.
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  const box = await locateMatch(page, VALUE_IN_TEXT, nth);
  if (!box) throw new Error(`the value on line ${nth + 1} could not be measured`);
  return box;
}


/**
 * With IW_BENCH_UI_PROFILE=DIR, the page's CPU profile of each save is written to DIR (open it in Chromium's
 * DevTools, Performance panel; build the renderer unminified to read the names). Off otherwise.
 */
async function startProfile(context: BrowserContext, page: Page): Promise<{ stop(name: string): Promise<void> } | null> {
  const dir = process.env.IW_BENCH_UI_PROFILE;
  if (!dir) return null;
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return {
    async stop(name) {
      const { profile } = await cdp.send('Profiler.stop');
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, `${name}-${Date.now()}.cpuprofile`), JSON.stringify(profile));
      await cdp.detach();
    },
  };
}
