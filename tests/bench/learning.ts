/**
 * Learning bench: a reviewer handles the first report of a place (hailaer-2015) as they would, simulated from its
 * gold — accept a suggestion that is right, edit one whose value is right but a field wrong (an indicator named as
 * written and corrected to a codebook name teaches a synonym), reject one that is not gold, record by hand what
 * the assistant missed — and the second report of that place (hailaer-2017) is suggested before and after.
 * Run: npx tsx tests/bench/learning.ts
 */
import { fileURLToPath } from 'node:url';
import { DEFAULT_CODEBOOK, type Codebook } from '../../shared/codebook/index.ts';
import { decisionsFrom, phraseForLearning, rankByDecisions, suggestRecords, withLearnedSynonym } from '../../shared/suggest/index.ts';
import type { Suggestion, SuggestionPattern } from '../../shared/suggest/index.ts';
import { loadCorpus } from '../helpers/corpus.ts';
import { TRUE_DETAILS } from '../helpers/corpusDetails.ts';
import { loadGoldIndicators, looseMatch, scoreSuggestions, strictMatch, type GoldIndicator } from './suggestions.ts';

const PAIRS: [string, string][] = [['hailaer-2015.txt', 'hailaer-2017.txt']];
/** Suggestions at or above this confidence are the ones a reviewer sees first. */
const CONFIDENT = 0.5;

interface Learned { codebook: Codebook; records: (SuggestionPattern & { status: string })[]; rejections: SuggestionPattern[] }

function reviewAsGoldWould(suggestions: readonly Suggestion[], gold: readonly GoldIndicator[]): Learned {
  let codebook = DEFAULT_CODEBOOK;
  const records: Learned['records'] = [];
  const rejections: SuggestionPattern[] = [];
  const covered = new Set<GoldIndicator>();
  for (const s of suggestions) {
    const right = gold.find((g) => strictMatch(g, s));
    const near = right ?? gold.find((g) => looseMatch(g, s));
    if (right) {
      records.push({ indicator: s.indicator, measure: s.measure, status: 'verified' });
      covered.add(right);
    } else if (near) {
      // Edited: the record takes the gold's fields; a name written otherwise becomes a synonym.
      records.push({ indicator: near.indicator, measure: near.measure as SuggestionPattern['measure'], status: 'verified' });
      if (s.indicator !== near.indicator) codebook = withLearnedSynonym(codebook, s.indicator, near.indicator);
      covered.add(near);
    } else {
      rejections.push({ indicator: s.indicator, measure: s.measure });
    }
  }
  // What the assistant missed is recorded by hand from a selection; its words teach the name.
  for (const g of gold.filter((x) => !covered.has(x))) {
    records.push({ indicator: g.indicator, measure: g.measure as SuggestionPattern['measure'], status: 'verified' });
    const phrase = phraseForLearning(g.quote, g.value);
    if (phrase) codebook = withLearnedSynonym(codebook, phrase, g.indicator);
  }
  return { codebook, records, rejections };
}

function figures(doc: string, suggestions: readonly Suggestion[], gold: readonly GoldIndicator[]): string {
  const all = scoreSuggestions(doc, suggestions, gold);
  const confident = scoreSuggestions(doc, suggestions.filter((s) => s.confidence >= CONFIDENT), gold);
  const pct = (n: number, d: number): string => (d ? `${((n / d) * 100).toFixed(1)}%` : '–');
  return `strict recall ${pct(all.strict, all.gold)}, region precision ${pct(all.inRegionCorrect, all.inRegion)}, `
    + `precision of the ${confident.suggested} confident (≥ ${CONFIDENT}) ${pct(confident.correct, confident.suggested)}, `
    + `strict recall among them ${pct(confident.strict, confident.gold)}`;
}

export async function benchLearning(): Promise<void> {
  const corpus = loadCorpus();
  const gold = loadGoldIndicators();
  for (const [first, second] of PAIRS) {
    const meta = (doc: string) => TRUE_DETAILS[doc]!;
    const firstGold = gold.filter((g) => g.doc === first);
    const learned = reviewAsGoldWould(suggestRecords(corpus.get(first)!, meta(first)), firstGold);
    const before = suggestRecords(corpus.get(second)!, meta(second));
    const decisions = decisionsFrom(learned.records, learned.rejections, learned.codebook);
    const after = rankByDecisions(suggestRecords(corpus.get(second)!, meta(second), learned.codebook), decisions, learned.codebook);
    const synonyms = learned.codebook.flatMap((e, i) => e.synonyms.filter((x) => !DEFAULT_CODEBOOK[i]!.synonyms.includes(x)).map((x) => `${x} → ${e.name}`));
    console.log(`${first} reviewed: ${learned.records.length} records, ${learned.rejections.length} rejections, synonyms learned: ${synonyms.join(', ') || 'none'}`);
    console.log(`${second} before: ${figures(second, before, gold)}`);
    console.log(`${second} after:  ${figures(second, after, gold)}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  benchLearning().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
