import { foldTerm, type Codebook, type CodebookEntry } from '../../../shared/codebook/index.ts';

/**
 * The entries whose name, synonyms, group or units contain the query (width- and case-folded: ｇｄｐ finds
 * GDP), with their positions in the codebook so edits go to the right entry.
 */
export function searchCodebook(codebook: Codebook, query: string): { entry: CodebookEntry; index: number }[] {
  const needle = foldTerm(query.trim());
  const all = codebook.map((entry, index) => ({ entry, index }));
  if (needle === '') return all;
  return all.filter(({ entry }) =>
    [entry.name, ...entry.synonyms, entry.group ?? '', ...entry.units].some((text) => foldTerm(text).includes(needle)));
}
