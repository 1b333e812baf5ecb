import type { Codebook, CodebookEntry } from '../../../shared/codebook/index.ts';

/** The working copy's edits: each returns a new codebook, so an unsaved change can be told from the saved one. */
export function putEntry(codebook: Codebook, index: number | null, entry: CodebookEntry): Codebook {
  if (index === null) return [...codebook, entry];
  return codebook.map((e, i) => (i === index ? entry : e));
}

export function removeEntry(codebook: Codebook, index: number): Codebook {
  return codebook.filter((_, i) => i !== index);
}

/** Whether two codebooks say the same thing (entry order included). */
export function sameCodebook(a: Codebook | null, b: Codebook | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
