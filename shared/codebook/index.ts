/** The indicator codebook: canonical names, synonyms and expected measures/units, with export/import. */
export type { Codebook, CodebookEntry } from './codebook.ts';
export { DEFAULT_CODEBOOK } from './defaultCodebook.ts';
export { resolveIndicator, canonicalIndicatorName } from './resolveIndicator.ts';
export { codebookToJson, codebookFromJson, CODEBOOK_FORMAT, CODEBOOK_VERSION } from './codebookJson.ts';
export { findTerms, foldTerm, matchTermAt, termIndex } from './termIndex.ts';
export type { TermIndex, TermEntry, TermMatch } from './termIndex.ts';
