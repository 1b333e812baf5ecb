/**
 * Suggestion bench: recall and precision of suggestRecords against the hand-checked gold indicator statements
 * of the sample reports, per document and overall, with the time per report.
 * Run: npx tsx tests/bench/suggestions.ts   (add --verbose to list misses and false positives)
 */
import { loadCorpus, loadGoldFile } from '../helpers/corpus.ts';
import { buildCodePointIndex } from '../../shared/text/codePoints.ts';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CODEBOOK, canonicalIndicatorName } from '../../shared/codebook/index.ts';
import { guessMetadata } from '../../shared/document/guessMetadata.ts';
import { foldWidth, parseNumber } from '../../shared/numbers/index.ts';
import { suggestRecords } from '../../shared/suggest/index.ts';
import type { Suggestion } from '../../shared/suggest/index.ts';


export interface GoldIndicator {
  doc: string; indicator: string; kind: string; year: number; measure: string;
  value: string; unit: string; qualifier: string; quote: string; start: number;
}

export interface DocScore {
  doc: string; gold: number; suggested: number; recalled: number; correct: number;
  recall: number; precision: number; ms: number;
  misses: GoldIndicator[]; falsePositives: Suggestion[];
}

export function loadGoldIndicators(): GoldIndicator[] {
  return loadGoldFile<GoldIndicator>('indicators.jsonl');
}

/** Gold offsets are code points; our offsets are UTF-16. */
function codePointToUtf16(text: string, cp: number): number {
  return buildCodePointIndex(text).toUtf16(cp);
}

const sameNumber = (a: string, b: string): boolean => {
  const x = parseNumber(a);
  return x !== null && x === parseNumber(b);
};

/** Same indicator (both resolved through the codebook), measure, kind, value and unit, and overlapping evidence. */
export function matches(text: string, g: GoldIndicator, s: Suggestion): boolean {
  const start = codePointToUtf16(text, g.start);
  const end = start + g.quote.length;
  return canonicalIndicatorName(g.indicator, DEFAULT_CODEBOOK) === canonicalIndicatorName(s.indicator, DEFAULT_CODEBOOK)
    && g.measure === s.measure && g.kind === s.kind && sameNumber(g.value, s.value)
    && foldWidth(g.unit.trim()) === foldWidth(s.unit.trim())
    && s.start < end && start < s.end;
}

export function scoreDocument(doc: string, text: string, gold: readonly GoldIndicator[]): DocScore {
  const meta = guessMetadata(text, doc);
  suggestRecords(text.slice(0, 2000), meta); // warm-up, so the first report's time is not the JIT's
  const t0 = performance.now();
  const suggestions = suggestRecords(text, { region: meta.region, yearsReviewed: meta.yearsReviewed, yearsPlanned: meta.yearsPlanned });
  const ms = performance.now() - t0;
  const docGold = gold.filter((g) => g.doc === doc);
  const misses = docGold.filter((g) => !suggestions.some((s) => matches(text, g, s)));
  const falsePositives = suggestions.filter((s) => !docGold.some((g) => matches(text, g, s)));
  const recalled = docGold.length - misses.length;
  const correct = suggestions.length - falsePositives.length;
  return {
    doc, gold: docGold.length, suggested: suggestions.length, recalled, correct,
    recall: docGold.length ? recalled / docGold.length : 1,
    precision: suggestions.length ? correct / suggestions.length : 1,
    ms, misses, falsePositives,
  };
}

export function scoreAll(): { perDoc: DocScore[]; recall: number; precision: number } {
  const gold = loadGoldIndicators();
  const perDoc = [...loadCorpus()].map(([doc, text]) => scoreDocument(doc, text, gold));
  const sum = (f: (d: DocScore) => number): number => perDoc.reduce((n, d) => n + f(d), 0);
  return {
    perDoc,
    recall: sum((d) => d.recalled) / Math.max(1, sum((d) => d.gold)),
    precision: sum((d) => d.correct) / Math.max(1, sum((d) => d.suggested)),
  };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

export async function benchSuggestions(verbose = false): Promise<void> {
  const { perDoc, recall, precision } = scoreAll();
  for (const d of perDoc) {
    console.log(`${d.doc.padEnd(32)} gold ${String(d.gold).padStart(3)}  suggested ${String(d.suggested).padStart(3)}  `
      + `recall ${pct(d.recall).padStart(6)}  precision ${pct(d.precision).padStart(6)}  ${d.ms.toFixed(1)} ms`);
    if (!verbose) continue;
    for (const g of d.misses) console.log(`   MISS ${g.indicator} ${g.kind} ${g.measure} ${g.value}${g.unit} «${g.quote}»`);
    for (const s of d.falsePositives) {
      console.log(`   FP   ${s.indicator} ${s.kind} ${s.year} ${s.measure} ${s.value}${s.unit} ${s.qualifier} «${s.quote}» ${s.confidence} ${s.reason}`);
    }
  }
  console.log(`overall recall ${pct(recall)}  precision ${pct(precision)}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  benchSuggestions(process.argv.includes('--verbose')).catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
