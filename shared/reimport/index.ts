export { diffSources, type DiffRun } from './diffSources.ts';
export { equalSegments, mapSpanExactly, type EqualSegment } from './equalSegments.ts';
export { findAnchorCandidates, MIN_CANDIDATE_SCORE, type AnchorCandidate, type CandidateSearch } from './anchorCandidates.ts';
export { planReimport, type QueuedSpan, type ReimportPlan } from './planReimport.ts';
