import type { Codebook, CodebookEntry } from './codebook.ts';
import { findTerms, foldTerm, termIndex } from './termIndex.ts';

/**
 * The codebook entry a piece of text names: an exact name or synonym first (规上工业增加值), otherwise the
 * longest name or synonym found inside the text (全市外贸进出口总额 → 进出口总额). Null when none matches.
 */
export function resolveIndicator(text: string, codebook: Codebook): CodebookEntry | null {
  const index = termIndex(codebook);
  const exact = index.exact.get(foldTerm(text.trim()));
  if (exact) return exact;
  let best: { length: number; entry: CodebookEntry } | null = null;
  for (const m of findTerms(text, codebook)) {
    if (!best || m.term.length > best.length) best = { length: m.term.length, entry: m.entry };
  }
  return best?.entry ?? null;
}

/** The canonical name for a written indicator name, or the name itself (trimmed) when the codebook lacks it. */
export function canonicalIndicatorName(text: string, codebook: Codebook): string {
  return resolveIndicator(text, codebook)?.name ?? text.trim();
}
