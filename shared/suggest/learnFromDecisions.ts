import { canonicalIndicatorName, foldTerm, termIndex, type Codebook } from '../codebook/index.ts';
import { reason } from '../explain/reason.ts';
import type { RecordMeasure } from '../records/indicatorRecord.ts';
import type { Suggestion } from './suggestion.ts';

/**
 * What the reviewer's decisions in a project teach the assistant. Nothing is stored for it apart from the
 * decisions themselves: records (accepted or entered by hand) and rejected suggestions, each audited and undoable
 * where it lives; the ranking is derived from them every time. Synonyms learned from an edited indicator go into
 * the project's codebook, which is exported with it.
 */
export interface SuggestionPattern {
  indicator: string;
  measure: RecordMeasure;
}

export interface Decisions {
  accepted: ReadonlyMap<string, number>;
  rejected: ReadonlyMap<string, number>;
}

/** Most a pattern's decisions move a suggestion's confidence, either way. */
const MAX_SHIFT = 0.2;
/** Rejected this often and never accepted: rank it well below the rest. */
const REPEATED_REJECTION = 2;
const REJECTED_PENALTY = 0.35;

export function patternKey(p: SuggestionPattern, codebook: Codebook): string {
  return `${canonicalIndicatorName(p.indicator, codebook)}\u0000${p.measure}`;
}

/** patternKey with each indicator name resolved once: 20,000 records usually name a few hundred indicators. */
export function patternKeys(codebook: Codebook): (p: SuggestionPattern) => string {
  const names = new Map<string, string>();
  return (p) => {
    let name = names.get(p.indicator);
    if (name === undefined) names.set(p.indicator, (name = canonicalIndicatorName(p.indicator, codebook)));
    return `${name}\u0000${p.measure}`;
  };
}

export function decisionsFrom(
  records: readonly (SuggestionPattern & { status: string })[], rejections: readonly SuggestionPattern[], codebook: Codebook,
): Decisions {
  const keyOf = patternKeys(codebook);
  const count = (items: readonly SuggestionPattern[]): Map<string, number> => {
    const m = new Map<string, number>();
    for (const p of items) {
      const key = keyOf(p);
      m.set(key, (m.get(key) ?? 0) + 1);
    }
    return m;
  };
  return { accepted: count(records.filter((r) => r.status !== 'rejected')), rejected: count(rejections) };
}

/** Suggestions of patterns the reviewer accepted rank higher, of patterns rejected lower; each says so. */
export function rankByDecisions(suggestions: readonly Suggestion[], decisions: Decisions, codebook: Codebook): Suggestion[] {
  const keyOf = patternKeys(codebook);
  return suggestions.map((s) => {
    const key = keyOf(s);
    return rankedByCounts(s, decisions.accepted.get(key) ?? 0, decisions.rejected.get(key) ?? 0);
  });
}

/** One suggestion ranked by how often its pattern was accepted (`a`) and rejected (`r`). */
export function rankedByCounts(s: Suggestion, a: number, r: number): Suggestion {
  if (a + r === 0) return s;
  const shift = a === 0 && r >= REPEATED_REJECTION ? -REJECTED_PENALTY
    : MAX_SHIFT * ((a - r) / (a + r)) * Math.min(1, (a + r) / 2);
  const confidence = Math.round(Math.min(0.99, Math.max(0.01, s.confidence + shift)) * 100) / 100;
  const note = reason(shift >= 0 ? 'suggestion.learned.accepted' : 'suggestion.learned.rejected', { accepted: a, rejected: r });
  return { ...s, confidence, reasons: [...s.reasons, note] };
}

/**
 * The codebook with `phrase` as a synonym of the entry named `canonical`; unchanged when the phrase is already a
 * term of some entry or the name is not in the codebook.
 */
export function withLearnedSynonym(codebook: Codebook, phrase: string, canonical: string): Codebook {
  const index = termIndex(codebook);
  const trimmed = phrase.trim();
  if (trimmed === '' || index.exact.has(foldTerm(trimmed)) || !index.byName.has(canonical)) return codebook;
  return codebook.map((e) => (e.name === canonical ? { ...e, synonyms: [...e.synonyms, trimmed] } : e));
}

const LEADING_WORDS = /^(?:全[省市区县]|全年|年内|今年|去年|其中|同时|我[省市区县])+/;
const TRAILING_WORDS = /(?:的|为|是|达到|达|完成|实现|突破|超过|保持在|稳定在|控制在|增长|提高到|提升到|同比)+$/;

/**
 * The words a record's quote uses for its indicator: what stands before the value, without the sentence's
 * leading words and the verb. A reviewer who records 民生投入占公共财政预算支出的 80.6% by hand as
 * 民生支出占一般公共预算支出比重 teaches that phrase. Null when nothing name-like is left.
 */
export function phraseForLearning(quote: string, value: string): string | null {
  const at = quote.indexOf(value);
  if (at <= 0) return null;
  const lastClause = quote.slice(0, at).split(/[，,；;：:、。]/).at(-1) ?? '';
  const phrase = lastClause.trim().replace(LEADING_WORDS, '').replace(TRAILING_WORDS, '').trim();
  return phrase.length >= 2 && /^\p{Script=Han}/u.test(phrase) ? phrase : null;
}
