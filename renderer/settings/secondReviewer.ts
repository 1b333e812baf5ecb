import type { ProjectSettings } from '../../shared/project/documentFile.ts';

/**
 * Whether the project's "second reviewer" rule will refuse this reviewer's verification of a record created by
 * `createdBy` (null: a record the reviewer is about to create, e.g. by accepting a suggestion as verified).
 * The services decide; this only lets a button say so before it is pressed.
 */
export function secondReviewerBlocks(settings: ProjectSettings | null | undefined, reviewer: string | null, createdBy: string | null): boolean {
  if (!settings?.requireSecondReviewer || !reviewer) return false;
  return createdBy === null || createdBy === reviewer;
}
