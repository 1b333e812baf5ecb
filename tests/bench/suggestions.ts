/**
 * Suggestion bench: suggestRecords against the hand-checked gold indicator statements of the corpus, per report
 * and overall, with the document details guessed at import (what a user gets) and with the true details (what
 * the suggester alone gets right).
 *   loose recall:  a suggestion with the gold value and unit whose evidence overlaps the gold quote;
 *   strict recall: … and the same indicator (through the codebook), measure, kind and year;
 *   gold-region precision: of the suggestions overlapping a gold quote, those that strictly match one;
 *   precision: of all suggestions, those that strictly match a gold statement (many others are real
 *   statements the gold leaves out, so this is a floor).
 * Run: npx tsx tests/bench/suggestions.ts [--verbose] [--doc NAME]
 */
import { fileURLToPath } from 'node:url';
import { DEFAULT_CODEBOOK, canonicalIndicatorName } from '../../shared/codebook/index.ts';
import { guessMetadata } from '../../shared/document/guessMetadata.ts';
import { foldWidth } from '../../shared/numbers/index.ts';
import { suggestRecords } from '../../shared/suggest/index.ts';
import type { Suggestion, SuggestMeta } from '../../shared/suggest/index.ts';
import { loadCorpus, loadGoldFile } from '../helpers/corpus.ts';
import { TRUE_DETAILS } from '../helpers/corpusDetails.ts';

export interface GoldIndicator {
  doc: string; indicator: string; kind: string; year: number; measure: string;
  value: string; unit: string; qualifier: string; quote: string; start: number;
}

export interface DocScore {
  doc: string; gold: number; suggested: number; loose: number; strict: number;
  inRegion: number; inRegionCorrect: number; correct: number;
  misses: { g: GoldIndicator; near: Suggestion[] }[]; wrongInRegion: Suggestion[];
}

export function loadGoldIndicators(): GoldIndicator[] {
  return loadGoldFile<GoldIndicator>('indicators.jsonl');
}

/** The numbers a value is written with (a range gives two), so 5.0%—5.5 and 5.0-5.5 compare equal. */
function numbersOf(value: string): number[] {
  return [...foldWidth(value).matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
}

const sameValue = (a: string, b: string): boolean => {
  const x = numbersOf(a);
  const y = numbersOf(b);
  return x.length > 0 ? x.length === y.length && x.every((n, i) => n === y[i]) : a === b;
};
const sameUnit = (a: string, b: string): boolean => foldWidth(a.trim()) === foldWidth(b.trim());
const canonical = (name: string): string => canonicalIndicatorName(name, DEFAULT_CODEBOOK);

/** Gold offsets are code points; suggestion offsets UTF-16 (the corpus has no astral characters, but say so). */
function goldSpan(g: GoldIndicator): { start: number; end: number } {
  return { start: g.start, end: g.start + g.quote.length };
}
const overlaps = (g: GoldIndicator, s: Suggestion): boolean => {
  const { start, end } = goldSpan(g);
  return s.start < end && start < s.end;
};
export const looseMatch = (g: GoldIndicator, s: Suggestion): boolean =>
  overlaps(g, s) && sameValue(g.value, s.value) && sameUnit(g.unit, s.unit);
export const strictMatch = (g: GoldIndicator, s: Suggestion): boolean =>
  looseMatch(g, s) && canonical(g.indicator) === canonical(s.indicator)
  && g.measure === s.measure && g.kind === s.kind && g.year === s.year;

export function scoreSuggestions(doc: string, suggestions: readonly Suggestion[], gold: readonly GoldIndicator[]): DocScore {
  const docGold = gold.filter((g) => g.doc === doc);
  const misses = docGold.filter((g) => !suggestions.some((s) => strictMatch(g, s)))
    .map((g) => ({ g, near: suggestions.filter((s) => overlaps(g, s)) }));
  const inRegion = suggestions.filter((s) => docGold.some((g) => overlaps(g, s)));
  const wrongInRegion = inRegion.filter((s) => !docGold.some((g) => strictMatch(g, s)));
  return {
    doc, gold: docGold.length, suggested: suggestions.length,
    loose: docGold.filter((g) => suggestions.some((s) => looseMatch(g, s))).length,
    strict: docGold.length - misses.length,
    inRegion: inRegion.length, inRegionCorrect: inRegion.length - wrongInRegion.length,
    correct: suggestions.filter((s) => docGold.some((g) => strictMatch(g, s))).length,
    misses, wrongInRegion,
  };
}

export type DetailsSource = 'guessed' | 'true';

export function metaFor(doc: string, text: string, source: DetailsSource): SuggestMeta {
  if (source === 'true') {
    const t = TRUE_DETAILS[doc];
    if (!t) throw new Error(`no true details for ${doc} in tests/helpers/corpusDetails.ts`);
    return { region: t.region, yearsReviewed: t.yearsReviewed, yearsPlanned: t.yearsPlanned };
  }
  const m = guessMetadata(text, doc);
  return { region: m.region, yearsReviewed: m.yearsReviewed, yearsPlanned: m.yearsPlanned };
}

export interface CorpusScore { perDoc: DocScore[]; total: DocScore }

export function scoreCorpus(source: DetailsSource, only?: string): CorpusScore {
  const gold = loadGoldIndicators();
  const perDoc = [...loadCorpus()].filter(([doc]) => !only || doc.startsWith(only))
    .map(([doc, text]) => scoreSuggestions(doc, suggestRecords(text, metaFor(doc, text, source)), gold));
  const sum = (f: (d: DocScore) => number): number => perDoc.reduce((n, d) => n + f(d), 0);
  const total: DocScore = {
    doc: 'ALL', gold: sum((d) => d.gold), suggested: sum((d) => d.suggested), loose: sum((d) => d.loose),
    strict: sum((d) => d.strict), inRegion: sum((d) => d.inRegion), inRegionCorrect: sum((d) => d.inRegionCorrect),
    correct: sum((d) => d.correct), misses: [], wrongInRegion: [],
  };
  return { perDoc, total };
}

const pct = (n: number, d: number): string => (d === 0 ? '   –  ' : `${((n / d) * 100).toFixed(1)}%`.padStart(6));

function row(d: DocScore): string {
  return `${d.doc.padEnd(30).slice(0, 30)} ${String(d.gold).padStart(4)} ${String(d.suggested).padStart(5)}  `
    + `${pct(d.strict, d.gold)} ${pct(d.loose, d.gold)}  ${pct(d.inRegionCorrect, d.inRegion)} ${pct(d.correct, d.suggested)}`;
}

/**
 * Leave one report out: the codebook grew to the indicators these reports use, so for each report the entries
 * whose name only that report's gold uses are removed before it is scored, as if the codebook had been written
 * without it. Everything else in the suggester is rules, not fitted numbers.
 */
export function scoreLeaveOneOut(source: DetailsSource): DocScore {
  const gold = loadGoldIndicators();
  const docsOf = new Map<string, Set<string>>();
  for (const g of gold) docsOf.set(canonical(g.indicator), (docsOf.get(canonical(g.indicator)) ?? new Set()).add(g.doc));
  const perDoc = [...loadCorpus()].map(([doc, text]) => {
    const book = DEFAULT_CODEBOOK.filter((e) => {
      const docs = docsOf.get(e.name);
      return !(docs && docs.size === 1 && docs.has(doc));
    });
    return scoreSuggestions(doc, suggestRecords(text, metaFor(doc, text, source), book), gold);
  });
  const sum = (f: (d: DocScore) => number): number => perDoc.reduce((n, d) => n + f(d), 0);
  return {
    doc: 'ALL, leave-one-out', gold: sum((d) => d.gold), suggested: sum((d) => d.suggested), loose: sum((d) => d.loose),
    strict: sum((d) => d.strict), inRegion: sum((d) => d.inRegion), inRegionCorrect: sum((d) => d.inRegionCorrect),
    correct: sum((d) => d.correct), misses: [], wrongInRegion: [],
  };
}

export async function benchSuggestions(verbose = false, only?: string): Promise<void> {
  for (const source of ['guessed', 'true'] as const) {
    const t0 = performance.now();
    const { perDoc, total } = scoreCorpus(source, only);
    const ms = performance.now() - t0;
    console.log(`\nwith ${source} document details (${ms.toFixed(0)} ms for the corpus)`);
    console.log(`${'report'.padEnd(30)} gold  sugg  strict  loose   region   prec.`);
    for (const d of perDoc) {
      console.log(row(d));
      if (!verbose || source === 'guessed') continue;
      for (const { g, near } of d.misses) {
        console.log(`   MISS ${g.indicator} ${g.kind} ${g.year} ${g.measure} ${g.value}${g.unit} «${g.quote}»`);
        for (const s of near) console.log(`        near: ${s.indicator} ${s.kind} ${s.year} ${s.measure} ${s.value}${s.unit} «${s.quote}»`);
      }
      for (const s of d.wrongInRegion) {
        console.log(`   WRONG ${s.indicator} ${s.kind} ${s.year} ${s.measure} ${s.value}${s.unit} «${s.quote}» ${s.confidence}`);
      }
    }
    console.log(row(total));
    if (!only) console.log(row(scoreLeaveOneOut(source)));
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const at = process.argv.indexOf('--doc');
  benchSuggestions(process.argv.includes('--verbose'), at > 0 ? process.argv[at + 1] : undefined).catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
