import { foldWidth } from '../numbers/index.ts';
import type { Codebook, CodebookEntry } from './codebook.ts';

/**
 * Every name and synonym of a codebook, keyed for matching in running text. Terms are compared after
 * width folding and ASCII upper-casing (ＧＤＰ = gdp = GDP); both keep the length, so offsets found in the
 * folded text are offsets into the original.
 */
export interface TermIndex {
  /** Terms by their first character, longest first. */
  byFirstChar: Map<string, TermEntry[]>;
  /** 1 at each UTF-16 unit some term starts with: a scan skips the other positions without a lookup. */
  startsTerm: Uint8Array;
  /** Folded term → entry, for exact resolution. */
  exact: Map<string, CodebookEntry>;
  /** Canonical name → entry. */
  byName: Map<string, CodebookEntry>;
}

export interface TermEntry {
  term: string;
  entry: CodebookEntry;
}

export interface TermMatch extends TermEntry {
  start: number;
  end: number;
}

/** Width-folds and upper-cases ASCII letters, keeping the length. */
export function foldTerm(text: string): string {
  return foldWidth(text).replace(/[a-z]/g, (c) => c.toUpperCase());
}

// Codebooks are immutable values in practice; building the index once per codebook keeps scans fast.
const cache = new WeakMap<Codebook, TermIndex>();

export function termIndex(codebook: Codebook): TermIndex {
  const cached = cache.get(codebook);
  if (cached) return cached;
  const byFirstChar = new Map<string, TermEntry[]>();
  const exact = new Map<string, CodebookEntry>();
  const byName = new Map<string, CodebookEntry>();
  for (const entry of codebook) {
    byName.set(entry.name, entry);
    for (const written of [entry.name, ...entry.synonyms]) {
      const term = foldTerm(written.trim());
      if (term === '' || exact.has(term)) continue; // the first entry to claim a term keeps it
      exact.set(term, entry);
      const first = term[0]!;
      const list = byFirstChar.get(first) ?? [];
      list.push({ term, entry });
      byFirstChar.set(first, list);
    }
  }
  for (const list of byFirstChar.values()) list.sort((a, b) => b.term.length - a.term.length);
  const startsTerm = new Uint8Array(65536);
  for (const first of byFirstChar.keys()) startsTerm[first.charCodeAt(0)] = 1;
  const index = { byFirstChar, startsTerm, exact, byName };
  cache.set(codebook, index);
  return index;
}

/** The longest term starting exactly at `pos` of an already folded text, or null. */
export function matchTermAt(index: TermIndex, folded: string, pos: number): TermMatch | null {
  const candidates = index.byFirstChar.get(folded[pos] ?? '');
  if (!candidates) return null;
  for (const c of candidates) {
    if (folded.startsWith(c.term, pos)) return { ...c, start: pos, end: pos + c.term.length };
  }
  return null;
}

/** Leftmost-longest, non-overlapping matches of codebook terms in `text`. */
export function findTerms(text: string, codebook: Codebook): TermMatch[] {
  const index = termIndex(codebook);
  const folded = foldTerm(text);
  const found: TermMatch[] = [];
  let i = 0;
  while (i < folded.length) {
    if (index.startsTerm[folded.charCodeAt(i)] === 0) {
      i++;
      continue;
    }
    const m = matchTermAt(index, folded, i);
    if (m) {
      found.push(m);
      i = m.end;
    } else {
      i++;
    }
  }
  return found;
}
