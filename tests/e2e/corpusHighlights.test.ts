import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { enterReviewerName, poll } from './support/browserPage.ts';
import { describeInBrowser, startBrowserTest, type BrowserTest } from './support/browserTest.ts';
import { E2E_REPORTS, SAMPLE_REPORTS, type ServedProject } from './support/servedProject.ts';
import { loadCorpus, loadGoldFile } from '../helpers/corpus.ts';
import { rawCodePoint } from '../../shared/text/offsets.ts';

/**
 * Every sample report as a reviewer sees it: records placed at hand-checked quotes (data/gold) through the API,
 * then each one selected in the window, whose highlight must cover exactly its quote. The reports carry what the
 * text pane must not lose a position to: CRLF line breaks, GBK bytes, full-width spaces, escaped markup, a report
 * without a single line break. A shifted highlight here means evidence saved from a selection would be shifted too.
 */
interface GoldIndicator {
  doc: string; indicator: string; kind: 'actual' | 'target'; year: number | null; measure: 'level' | 'growth' | 'rate' | 'count' | 'share';
  value: string; unit: string; qualifier: string; quote: string; start: number;
}

const PER_REPORT = 3;

/** Up to three quotes of a report that do not overlap and stay on one line: its first, middle and last. */
function spreadQuotes(gold: readonly GoldIndicator[]): GoldIndicator[] {
  const apart: GoldIndicator[] = [];
  for (const g of [...gold].sort((a, b) => a.start - b.start)) {
    const last = apart.at(-1);
    if (/[\r\n]/.test(g.quote)) continue;
    if (!last || g.start >= last.start + Array.from(last.quote).length) apart.push(g);
  }
  if (apart.length <= PER_REPORT) return apart;
  return [apart[0]!, apart[Math.floor(apart.length / 2)]!, apart.at(-1)!];
}

// Chosen when the file is collected, so each report is a test of its own (bounded by its own work).
const CORPUS = loadCorpus();
const GOLD = loadGoldFile<GoldIndicator>('indicators.jsonl');
const CHOSEN = new Map([...CORPUS.keys()].map((fileName) => [fileName, spreadQuotes(GOLD.filter((g) => g.doc === fileName))]));

describeInBrowser('the sample reports in the window: each record\'s highlight covers its quote', () => {
  let session: BrowserTest;
  let served: ServedProject;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    session = await startBrowserTest();
    ({ served } = session);
    for (const fileName of CORPUS.keys()) {
      if (!E2E_REPORTS.includes(fileName)) {
        const bytes = await readFile(join(SAMPLE_REPORTS, fileName));
        await served.api['docs.importBytes']({ fileName, base64: bytes.toString('base64'), by: 'setup' });
      }
    }
    const docs = await served.api['docs.list']({});
    for (const [fileName, text] of CORPUS) {
      const docId = docs.find((d) => d.fileName === fileName)!.docId;
      for (const g of CHOSEN.get(fileName)!) {
        // The gold's offsets are code points of the decoded text, as the API's are.
        expect(Array.from(text).slice(g.start, g.start + Array.from(g.quote).length).join('')).toBe(g.quote);
        await served.api['records.add']({
          docId, evidence: [{ start: rawCodePoint(g.start), end: rawCodePoint(g.start + Array.from(g.quote).length) }],
          fields: { indicator: g.indicator, kind: g.kind, year: g.year, measure: g.measure, value: g.value, unit: g.unit, qualifier: g.qualifier },
          by: 'setup',
        });
      }
    }
    ({ page, errors } = await session.openPage({ locale: 'en-US' }));
  });

  afterAll(async () => {
    await session?.close();
  });

  it('has records in every report of the corpus, and opens the window', async () => {
    expect(CHOSEN.size).toBe(12);
    for (const quotes of CHOSEN.values()) expect(quotes.length).toBeGreaterThan(0);
    await page.goto(served.url);
    await enterReviewerName(page, 'Alice');
  });

  const selectedText = async () => (await page.locator('.cm-content .hl-selected').allTextContents()).join('');

  for (const [fileName, chosen] of CHOSEN) {
    it(`highlights exactly each record's quote when its row is selected: ${fileName}`, async () => {
      const docId = (await served.api['docs.list']({})).find((d) => d.fileName === fileName)!.docId;
      const records = await served.api['records.list']({ docId });
      expect(records.map((r) => r.evidence[0]!.quote).sort()).toEqual(chosen.map((g) => g.quote).sort());
      await page.locator('.document-item', { hasText: fileName }).click();
      // Every line drawn has a height once the text is shown (a blank CRLF line is a "\r" drawn as nothing, not a
      // line of no height, which made the gutter's numbers overlap).
      const lowestLine = async () => Math.min(...await page.locator('.cm-content .cm-line').evaluateAll((lines) => lines.map((l) => l.getBoundingClientRect().height)));
      await poll(lowestLine).toBeGreaterThan(0);
      for (const record of records) {
        // Each record's row, found by its id whatever the table's order: selected, its marks must spell its quote.
        await page.locator(`.records-document .record-row[data-record-id="${record.id}"]`).click();
        await poll(selectedText).toBe(record.evidence[0]!.quote);
      }
      expect(errors).toEqual([]);
    });
  }
});
