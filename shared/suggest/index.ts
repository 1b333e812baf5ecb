/** Suggested indicator records from report text: mentions of codebook indicators and the values they govern. */
export { suggestRecords } from './suggestRecords.ts';
export type { Suggestion, SuggestMeta } from './suggestion.ts';
export { detectSections, sectionAt } from './sections.ts';
export type { SectionMark, SectionKind } from './sections.ts';
export { findMentions } from './mentions.ts';
export type { Mention } from './mentions.ts';
export { stableHash } from '../format/stableHash.ts';
export { readSelection, MAX_SELECTION } from './readSelection.ts';
export type { SelectionReading } from './readSelection.ts';
export { decisionsFrom, patternKey, patternKeys, phraseForLearning, rankByDecisions, rankedByCounts, withLearnedSynonym } from './learnFromDecisions.ts';
export type { Decisions, SuggestionPattern } from './learnFromDecisions.ts';
