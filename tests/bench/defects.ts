/**
 * Defect-detector bench: recall and precision per type against the hand-checked gold defects of the
 * sample reports, time per report, and time on a synthetic 5 MB text.
 * Run: npx tsx tests/bench/defects.ts
 */
import { loadCorpus, loadGoldFile } from '../helpers/corpus.ts';
import { buildCodePointIndex } from '../../shared/text/codePoints.ts';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectDefects } from '../../shared/detectors/index.ts';
import type { DefectType, DetectOptions, Finding } from '../../shared/detectors/index.ts';
import { DEFECT_TYPES } from '../../shared/detectors/index.ts';
import { rawCodePoint } from '../../shared/text/offsets.ts';


export interface GoldDefect { doc: string; type: DefectType; start: number; end: number; text: string; note: string }

export interface TypeScore { gold: number; found: number; hits: number; correct: number; recall: number; precision: number }

export interface DefectScores {
  perType: Record<DefectType, TypeScore>;
  overall: TypeScore;
  misses: GoldDefect[];
  falsePositives: (Finding & { doc: string })[];
  msPerReport: Record<string, number>;
  perReport: Record<string, TypeScore>;
}

export const loadReports = loadCorpus;

export function loadGold(): GoldDefect[] {
  return loadGoldFile<GoldDefect>('defects.jsonl');
}

/** Gold offsets are code points; our offsets are UTF-16. */
function codePointToUtf16(text: string, cp: number): number {
  return buildCodePointIndex(text, 'raw').toUtf16(rawCodePoint(cp));
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

function ratio(n: number, d: number): number {
  return d === 0 ? 1 : n / d;
}

/** A gold defect is recalled by an overlapping finding of its type; a finding is correct if it overlaps one. */
export function scoreDefects(docs: Map<string, string>, gold: readonly GoldDefect[], options: DetectOptions = {}): DefectScores {
  const blank = (): TypeScore => ({ gold: 0, found: 0, hits: 0, correct: 0, recall: 0, precision: 0 });
  const perType = Object.fromEntries(DEFECT_TYPES.map((t) => [t, blank()])) as Record<DefectType, TypeScore>;
  const overall = blank();
  const misses: GoldDefect[] = [];
  const falsePositives: (Finding & { doc: string })[] = [];
  const msPerReport: Record<string, number> = {};
  const perReport: Record<string, TypeScore> = {};

  for (const [doc, text] of docs) {
    const report = (perReport[doc] = blank());
    const t0 = performance.now();
    const findings = detectDefects(text, options);
    msPerReport[doc] = performance.now() - t0;
    const docGold = gold.filter((g) => g.doc === doc).map((g) => ({
      ...g, start: codePointToUtf16(text, g.start), end: codePointToUtf16(text, g.end),
    }));
    for (const g of docGold) {
      const score = perType[g.type];
      score.gold += 1;
      overall.gold += 1;
      report.gold += 1;
      if (findings.some((f) => f.type === g.type && overlaps(f, g))) {
        score.hits += 1;
        overall.hits += 1;
        report.hits += 1;
      } else misses.push(g);
    }
    for (const f of findings) {
      const score = perType[f.type];
      score.found += 1;
      overall.found += 1;
      report.found += 1;
      if (docGold.some((g) => g.type === f.type && overlaps(f, g))) {
        score.correct += 1;
        overall.correct += 1;
        report.correct += 1;
      } else falsePositives.push({ ...f, doc });
    }
  }
  for (const s of [...Object.values(perType), overall, ...Object.values(perReport)]) {
    s.recall = ratio(s.hits, s.gold);
    s.precision = ratio(s.correct, s.found);
  }
  return { perType, overall, misses, falsePositives, msPerReport, perReport };
}

/** The numeric choices of the detectors and the values tried for each in the leave-one-report-out view. */
const TUNED: { name: string; values: number[]; options: (v: number) => DetectOptions }[] = [
  { name: 'isolatedTokenMax', values: [2, 3, 4, 5, 6, 7, 8, 10, 12], options: (v) => ({ tuning: { isolatedTokenMax: v } }) },
  { name: 'runningHeaderMinChars', values: [1, 2, 3, 4, 5, 6, 8], options: (v) => ({ tuning: { runningHeaderMinChars: v } }) },
];

function f1(s: { hits: number; gold: number; correct: number; found: number }): number {
  const r = ratio(s.hits, s.gold);
  const p = ratio(s.correct, s.found);
  return r + p === 0 ? 0 : (2 * r * p) / (r + p);
}

export interface LeaveOneOut { name: string; perReport: { doc: string; chosen: number; ties: string; score: TypeScore }[]; overall: TypeScore }

/**
 * For each tuned number and each report: the value with the best F1 on the other eleven reports, scored on
 * the one left out. Shows whether the choice generalises beyond the reports it was chosen on.
 */
export function leaveOneReportOut(docs: Map<string, string>, gold: readonly GoldDefect[]): LeaveOneOut[] {
  return TUNED.map(({ name, values, options }) => {
    const byValue = new Map(values.map((v) => [v, scoreDefects(docs, gold, options(v)).perReport]));
    const perReport = [...docs.keys()].map((doc) => {
      const scores = values.map((v) => {
        const sum = { hits: 0, gold: 0, correct: 0, found: 0 };
        for (const [other, s] of Object.entries(byValue.get(v) ?? {})) {
          if (other === doc) continue;
          sum.hits += s.hits; sum.gold += s.gold; sum.correct += s.correct; sum.found += s.found;
        }
        return f1(sum);
      });
      // Equally good values: the middle one, furthest from where the score starts to drop.
      const best = Math.max(...scores);
      const tied = values.filter((_, k) => (scores[k] as number) >= best - 1e-12);
      const chosen = tied[Math.floor((tied.length - 1) / 2)] as number;
      const ties = `${tied[0] ?? ''}–${tied[tied.length - 1] ?? ''}`;
      return { doc, chosen, ties, score: (byValue.get(chosen) ?? {})[doc] as TypeScore };
    });
    const overall = { gold: 0, found: 0, hits: 0, correct: 0, recall: 0, precision: 0 };
    for (const { score } of perReport) {
      overall.gold += score.gold; overall.hits += score.hits; overall.found += score.found; overall.correct += score.correct;
    }
    overall.recall = ratio(overall.hits, overall.gold);
    overall.precision = ratio(overall.correct, overall.found);
    return { name, perReport, overall };
  });
}

/** About `targetChars` of report text: the samples repeated, every copy lightly perturbed. */
export function syntheticText(docs: Map<string, string>, targetChars = 5_000_000): string {
  const parts: string[] = [];
  let size = 0;
  let round = 0;
  const sources = [...docs.values()];
  while (size < targetChars) {
    for (const src of sources) {
      // Perturb one character in every paragraph so most copies are near (not exact) duplicates.
      const copy = src.split('\n').map((line, i) => {
        if (line.length < 20 || (i + round) % 3 !== 0) return line;
        const at = (i * 7 + round * 13) % line.length;
        return line.slice(0, at) + String.fromCharCode(0x4e00 + ((round * 31 + i) % 20000)) + line.slice(at + 1);
      }).join('\n');
      parts.push(copy);
      size += copy.length;
    }
    round += 1;
  }
  return parts.join('\n\n');
}

function pct(x: number): string {
  return `${(x * 100).toFixed(0)}%`.padStart(5);
}

export async function benchDefects(): Promise<void> {
  const docs = loadReports();
  const gold = loadGold();
  const scores = scoreDefects(docs, gold);
  console.log('type          gold  hits  recall | found  correct  precision');
  for (const [type, s] of [...Object.entries(scores.perType), ['OVERALL', scores.overall] as const]) {
    console.log(`${type.padEnd(12)} ${String(s.gold).padStart(5)} ${String(s.hits).padStart(5)}  ${pct(s.recall)} | ${String(s.found).padStart(5)}  ${String(s.correct).padStart(7)}  ${pct(s.precision)}`);
  }
  if (scores.misses.length > 0) {
    console.log('\nmisses:');
    for (const m of scores.misses) console.log(`  ${m.doc} ${m.type} [${m.start},${m.end}) ${JSON.stringify(m.text.slice(0, 30))}`);
  }
  if (scores.falsePositives.length > 0) {
    console.log('\nfindings not in the gold:');
    for (const f of scores.falsePositives) {
      console.log(`  ${f.doc} ${f.type} [${f.start},${f.end}) ${f.confidence} ${JSON.stringify(f.text.slice(0, 30))} -> ${JSON.stringify(f.replacement.slice(0, 30))}\n      ${f.reason}`);
    }
  }
  console.log('\nleave one report out (each tuned number chosen on the other 11 reports by F1, the middle of the best range on ties, scored on the 12th):');
  for (const loo of leaveOneReportOut(docs, gold)) {
    console.log(`  ${loo.name}`);
    for (const { doc, chosen, ties, score } of loo.perReport) {
      console.log(`    ${doc.padEnd(30)} chosen ${String(chosen).padStart(2)} (best ${ties.padEnd(5)})  recall ${String(score.hits).padStart(3)}/${String(score.gold).padEnd(3)} ${pct(score.recall)}  precision ${String(score.correct).padStart(3)}/${String(score.found).padEnd(3)} ${pct(score.precision)}`);
    }
    console.log(`    ${'held-out total'.padEnd(30)}                      recall ${String(loo.overall.hits).padStart(3)}/${String(loo.overall.gold).padEnd(3)} ${pct(loo.overall.recall)}  precision ${String(loo.overall.correct).padStart(3)}/${String(loo.overall.found).padEnd(3)} ${pct(loo.overall.precision)}`);
  }
  console.log('\ntime per report:');
  for (const [doc, ms] of Object.entries(scores.msPerReport)) {
    console.log(`  ${doc.padEnd(32)} ${(docs.get(doc) ?? '').length.toString().padStart(7)} chars  ${ms.toFixed(1)} ms`);
  }
  const big = syntheticText(docs);
  const t0 = performance.now();
  const findings = detectDefects(big);
  const ms = performance.now() - t0;
  console.log(`\nsynthetic text: ${(big.length / 1e6).toFixed(1)} M chars, ${findings.length} findings, ${(ms / 1000).toFixed(2)} s`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  benchDefects().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
