import type { Codebook } from '../../../shared/codebook/index.ts';

/** Every name and synonym of the codebook, once each, for the record form's indicator autocomplete. */
export function codebookTerms(codebook: Codebook | null): string[] {
  if (!codebook) return [];
  const terms = new Set<string>();
  for (const entry of codebook) {
    terms.add(entry.name);
    for (const synonym of entry.synonyms) terms.add(synonym);
  }
  return [...terms];
}
