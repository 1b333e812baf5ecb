/**
 * UI benchmark in browser mode (figures printed, never asserted): the workbench in Debian's Chromium through the
 * real services, on a short report and, in the same run, on a 5 MB report with 20,000 records (distinct
 * statements, then one statement recorded 20,000 times) and on a 30 MB report. Prints open → text painted,
 * selection → prefilled form, Save → highlight, scrolling frame times and the page's heap, and the ratios to the
 * short report against the goals (Save → highlight ≤ 1.5×, open → painted ≤ 3×; 30 MB painted < 3 s).
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumAvailability, launchChromium } from '../e2e/support/chromium.ts';
import { ensureRendererBuilt } from '../e2e/support/rendererBuild.ts';
import { measureUi, type UiFigures } from './uiMeasure.ts';
import { buildUiProject, DOC_ID, type UiCase } from './uiProject.ts';

const MB = 1024 * 1024;
const CASES: (UiCase & { edit: boolean })[] = [
  { label: 'short report', bytes: 20_000, records: 100, statements: 'distinct', edit: true },
  { label: '5 MB, 20,000 distinct statements', bytes: 4 * MB, records: 20_000, statements: 'distinct', edit: true },
  { label: '5 MB, one statement 20,000 times', bytes: 4 * MB, records: 20_000, statements: 'identical', edit: true },
  { label: '30 MB, 20,000 records', bytes: 29 * MB, records: 20_000, statements: 'distinct', edit: true },
];

const ms = (x: number | undefined) => (x === undefined ? '—' : `${x.toFixed(0)} ms`);
const row = (label: string, cells: string[]) => console.log(`  ${label.padEnd(46)} ${cells.map((c) => c.padStart(22)).join('')}`);

export async function benchUi(): Promise<void> {
  console.log('workbench UI (browser mode, Chromium): a short report beside 5 MB and 30 MB reports, measured in one run');
  const availability = chromiumAvailability();
  if (!availability.run) return void console.log(`  ${availability.reason}`);
  const only = process.env.IW_BENCH_UI_CASES?.split(',').map(Number);
  const cases = CASES.filter((_, i) => !only || only.includes(i));
  const staticDir = await ensureRendererBuilt();
  const dir = await mkdtemp(join(tmpdir(), 'iw-bench-ui-'));
  const browser = await launchChromium();
  const results: UiFigures[] = [];
  try {
    for (const [i, c] of cases.entries()) {
      const caseDir = join(dir, String(i));
      await mkdir(caseDir);
      const project = await buildUiProject(caseDir, c);
      const size = statSync(join(caseDir, `${DOC_ID}.txt`)).size / MB;
      const figures = await measureUi(browser, project, staticDir, { edit: c.edit });
      results.push(figures);
      console.log(`  measured: ${c.label} (${size.toFixed(1)} MB, ${c.records} records)${figures.notes.length ? `; ${figures.notes.join('; ')}` : ''}`);
      await rm(caseDir, { recursive: true, force: true });
    }
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }

  row('', cases.map((c) => c.label.split(',')[0]! + (c.statements === 'identical' && c.records > 100 ? ' identical' : '')));
  const line = (label: string, pick: (f: UiFigures) => string) => row(label, results.map(pick));
  line('open → text painted', (f) => ms(f.painted));
  line('open → highlights painted', (f) => ms(f.highlighted));
  line('open → no request in flight', (f) => ms(f.idle));
  line('mouse release → prefilled form (median of 3)', (f) => ms(f.selectToForm));
  line('Save (Enter) → highlight (median of 3)', (f) => ms(f.saveToHighlight));
  line('scroll frames median / p95 / max', (f) => (f.frames ? `${f.frames.median.toFixed(0)}/${f.frames.p95.toFixed(0)}/${f.frames.max.toFixed(0)} ms` : '—'));
  line('JS heap after GC', (f) => (f.heapMb === undefined ? '—' : `${f.heapMb.toFixed(0)} MB`));

  const short = cases[0]?.label === 'short report' ? results[0] : undefined;
  if (!short) return;
  const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? '—' : `${(a / b).toFixed(1)}×`);
  for (const [i, c] of cases.entries()) {
    if (i === 0) continue;
    const f = results[i]!;
    console.log(`  ${c.label}: Save → highlight ${ratio(f.saveToHighlight, short.saveToHighlight)} the short report's (goal ≤ 1.5×), open → painted ${ratio(f.painted, short.painted)} (goal ≤ 3×)`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await benchUi();
