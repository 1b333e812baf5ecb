import type { RecordKind } from '../records/indicatorRecord.ts';
import type { EditableMeta } from './documentMeta.ts';

/**
 * When a document's years change, drafts made from the old guess carry the old year: an actual the old
 * reviewed year, a target the old planned year. These are the moves that bring such drafts to the new years.
 */
export interface DraftYearChange {
  kind: RecordKind;
  from: number;
  to: number;
}

type Years = Pick<EditableMeta, 'yearsReviewed' | 'yearsPlanned'>;

export function draftYearChanges(before: Years, after: Years): DraftYearChange[] {
  const changes: DraftYearChange[] = [];
  // A record's default year is the last reviewed year (actual) or the first planned year (target).
  const move = (kind: RecordKind, from: number | undefined, to: number | undefined) => {
    if (from !== undefined && to !== undefined && from !== to) changes.push({ kind, from, to });
  };
  move('actual', before.yearsReviewed.at(-1), after.yearsReviewed.at(-1));
  move('target', before.yearsPlanned[0], after.yearsPlanned[0]);
  return changes;
}

/** The year a draft of this kind and year moves to, or null when the changes leave it alone. */
export function movedYear(record: { kind: RecordKind; year: number | null }, changes: readonly DraftYearChange[]): number | null {
  const change = changes.find((c) => c.kind === record.kind && c.from === record.year);
  return change ? change.to : null;
}
