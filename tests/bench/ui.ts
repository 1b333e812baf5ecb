/**
 * UI benchmark in browser mode (figures printed, never asserted): a 5 MB report carrying 20,000 records,
 * opened in Debian's Chromium through the real services. Prints time to first paint (text and highlights
 * on screen), selection → prefilled form, save → highlight shown, and scrolling frame times.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeEvidence } from '../../shared/anchor/evidence.ts';
import { splitsSurrogatePair } from '../../shared/text/codePoints.ts';
import type { IndicatorRecord } from '../../shared/records/indicatorRecord.ts';
import { openProjectSession } from '../../electron/node/project/projectSession.ts';
import { callService } from '../../electron/node/services/callService.ts';
import { createServices } from '../../electron/node/services/createServices.ts';
import { serve } from '../../electron/node/serve/serveMain.ts';
import { chromiumAvailability, launchChromium } from '../e2e/support/chromium.ts';
import { ensureRendererBuilt } from '../e2e/support/rendererBuild.ts';
import { selectWithMouse } from '../e2e/support/pageText.ts';
import { syntheticReport } from './core.ts';

/** The offset, moved past the second half of a surrogate pair if it lands there. */
const clear = (text: string, at: number) => (splitsSurrogatePair(text, at) ? at + 1 : at);
const line = (label: string, value: string) => console.log(`  ${label.padEnd(58)} ${value.padStart(12)}`);

export async function benchUi(): Promise<void> {
  console.log('workbench UI (browser mode, 5 MB report, 20,000 records)');
  const availability = chromiumAvailability();
  if (!availability.run) return void console.log(`  ${availability.reason}`);
  const staticDir = await ensureRendererBuilt();
  const dir = await mkdtemp(join(tmpdir(), 'iw-bench-ui-'));
  try {
    const text = await syntheticReport();
    const file = join(dir, 'big-report.txt');
    await writeFile(file, text);
    const project = join(dir, 'project');
    const session = await openProjectSession(project, { create: true, owner: 'bench setup' });
    await callService(createServices(session), 'docs.importFiles', { paths: [file], by: 'bench' });
    const doc = await session.document('big-report');
    const statuses = ['draft', 'verified', 'needs_review', 'rejected'] as const;
    for (let i = 0; i < 20000; i++) {
      const start = clear(text, Math.floor((i / 20000) * (text.length - 40)) + 1);
      const evidence = [makeEvidence(text, start, clear(text, start + 8))];
      const r: IndicatorRecord = {
        id: `r_bench${i}`, docId: 'big-report', indicator: '地区生产总值', region: '', year: 2023, kind: 'actual', measure: 'level',
        value: '1', unit: '亿元', valueNormalized: '100000000', baseUnit: 'yuan', qualifier: '', note: '', status: statuses[i % 4]!,
        createdBy: 'bench', createdAt: '2026-01-01T00:00:00.000Z', verifiedBy: null, verifiedAt: null, evidence, reviewedText: [evidence[0]!.quote],
      };
      doc.db.data.records[r.id] = r;
    }
    await doc.db.write();
    await session.close();

    // Its own user data folder: the bench's reviewer never becomes the machine user's setting.
    const served = await serve({ project, staticDir, userDataDir: join(dir, 'user') });
    const browser = await launchChromium();
    try {
      const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
      page.setDefaultTimeout(120_000);
      await page.addInitScript(() => {
        localStorage.setItem('iw_reviewer', 'bench'); // carried over to the served user's settings on load
        localStorage.setItem('iw_lastDocId', 'big-report');
      });
      let t = performance.now();
      await page.goto(served.bridge.url);
      await page.locator('.cm-content .cm-line').first().waitFor();
      await page.locator('.cm-content [class*="hl-"], .cm-content [class*="highlight"]').first().waitFor();
      line('open → text and highlights painted', `${(performance.now() - t).toFixed(0)} ms`);

      const target = await page.evaluate(() => {
        const lines = [...document.querySelectorAll<HTMLElement>('.cm-content .cm-line')].map((l) => l.textContent ?? '');
        const m = lines.map((l) => /\d+(\.\d+)? *亿元/.exec(l)).find(Boolean);
        return m ? m[0] : null;
      });
      if (target) {
        t = performance.now();
        await selectWithMouse(page, target);
        await page.waitForFunction(() => [...document.querySelectorAll<HTMLInputElement>('input')].some((i) => i.value.includes('亿元') || /^\d/.test(i.value)));
        line('mouse selection → prefilled form', `${(performance.now() - t).toFixed(0)} ms`);
        const indicator = page.locator('input[name="indicator"]').first();
        if (await indicator.count()) {
          await indicator.fill('地区生产总值');
          const before = await page.locator('.cm-content [class*="verified"], .cm-content [class*="draft"]').count();
          t = performance.now();
          await indicator.press('Enter');
          await page.waitForFunction((n) => document.querySelectorAll('.cm-content [class*="verified"], .cm-content [class*="draft"]').length !== n, before);
          line('save (Enter) → highlight shown', `${(performance.now() - t).toFixed(0)} ms`);
        }
      }

      const frames = await page.evaluate(async () => {
        const scroller = document.querySelector<HTMLElement>('.cm-scroller')!;
        const deltas: number[] = [];
        let last = performance.now();
        for (let i = 0; i < 240; i++) {
          scroller.scrollTop += 400;
          await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
          const now = performance.now();
          deltas.push(now - last);
          last = now;
        }
        return deltas.sort((a, b) => a - b);
      });
      const pct = (p: number) => frames[Math.min(frames.length - 1, Math.floor(p * frames.length))]!.toFixed(1);
      line('scrolling 240 frames × 400 px: median / p95 / max', `${pct(0.5)} / ${pct(0.95)} / ${frames.at(-1)!.toFixed(1)} ms`);
    } finally {
      await browser.close();
      await served.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await benchUi();
