import dmp from 'diff-match-patch';
import type { Evidence } from '../anchor/evidence.ts';

/**
 * Places where an evidence quote may stand in a new version of the text, best first, for a person to choose
 * from. Scored on the quote itself (exact, or close by edit distance), its 32-character prefix and suffix,
 * and nearness to where the diff says it should be. Two candidates whose quote-and-context scores tie are
 * ambiguous (duplicated paragraphs), whatever their positions: position only orders them.
 */
export interface AnchorCandidate {
  start: number;
  end: number;
  quote: string;
  /** 0..1 */
  score: number;
}

export interface CandidateSearch {
  candidates: AnchorCandidate[];
  ambiguous: boolean;
}

export const MIN_CANDIDATE_SCORE = 0.6;
const TIE = 0.02;
const MAX_EXACT = 50;

export function findAnchorCandidates(text: string, e: Pick<Evidence, 'quote' | 'prefix' | 'suffix'>, expectedStart: number): CandidateSearch {
  const found: { start: number; end: number; content: number }[] = [];
  const context = (start: number, end: number) =>
    0.5 * commonSuffix(e.prefix, text.slice(Math.max(0, start - e.prefix.length), start)) / Math.max(1, e.prefix.length) +
    0.5 * commonPrefix(e.suffix, text.slice(end, end + e.suffix.length)) / Math.max(1, e.suffix.length);

  for (let at = text.indexOf(e.quote); at >= 0 && found.length < MAX_EXACT; at = text.indexOf(e.quote, at + 1)) {
    found.push({ start: at, end: at + e.quote.length, content: 0.7 + 0.3 * context(at, at + e.quote.length) });
  }
  if (found.length === 0 && e.quote.length > 0) {
    const fuzzy = fuzzyLocate(text, e.quote, expectedStart);
    if (fuzzy) found.push({ ...fuzzy, content: 0.7 * fuzzy.similarity + 0.3 * context(fuzzy.start, fuzzy.end) });
  }
  const near = (start: number) => 1 - Math.min(1, Math.abs(start - expectedStart) / Math.max(2000, text.length * 0.2));
  const scored = found
    .map((f) => ({ ...f, score: 0.9 * f.content + 0.1 * near(f.start) }))
    .filter((f) => f.score >= MIN_CANDIDATE_SCORE)
    .sort((a, b) => b.score - a.score || a.start - b.start);
  const best = scored[0];
  const ambiguous = !!best && scored.some((f) => f !== best && Math.abs(f.content - best.content) <= TIE);
  return {
    candidates: scored.slice(0, 5).map((f) => ({ start: f.start, end: f.end, quote: text.slice(f.start, f.end), score: round(f.score) })),
    ambiguous,
  };
}

/** Bitap search for the quote's opening near the expected place, then the end aligned by a diff. */
function fuzzyLocate(text: string, quote: string, expected: number): { start: number; end: number; similarity: number } | null {
  const matcher = new dmp.diff_match_patch();
  matcher.Match_Threshold = 0.4;
  matcher.Match_Distance = Math.max(1000, text.length);
  matcher.Diff_Timeout = 0;
  const head = quote.slice(0, Math.min(32, quote.length));
  const at = matcher.match_main(text, head, Math.max(0, Math.min(text.length, expected)));
  if (at < 0) return null;
  const window = text.slice(at, at + quote.length + Math.ceil(quote.length / 2) + 8);
  const diffs = matcher.diff_main(quote, window, false);
  // The last character's place, plus one: mapping the end itself would run on over trailing inserted text.
  const endInWindow = matcher.diff_xIndex(diffs, quote.length - 1) + 1;
  const end = at + endInWindow;
  const similarity = 1 - matcher.diff_levenshtein(matcher.diff_main(quote, text.slice(at, end), false)) / quote.length;
  return end > at ? { start: at, end, similarity: Math.max(0, similarity) } : null;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function commonSuffix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
  return i;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
