import type { Codebook } from '../../../shared/codebook/index.ts';
import type { IndicatorRecord } from '../../../shared/records/indicatorRecord.ts';
import type { DocumentFile } from '../../../shared/project/documentFile.ts';
import { patternKeys, type Decisions } from '../../../shared/suggest/index.ts';
import type { LoadedDocument } from '../project/loadedDocument.ts';
import { tableTracker, type TableChange, type TableTracker } from './tableChanges.ts';

type Dismissal = DocumentFile['dismissed'][string];

/**
 * The project's decisions (decisionsFrom: records kept and suggestions rejected, counted by pattern) kept up to
 * date with what changed in each document since the last look, so a save costs its own records, not the
 * project's. A document loaded anew (evicted, re-read) or gone from the list is taken out and counted again.
 */
export interface DecisionCounts {
  /** The counts as of `docs` (every openable document of the project); the maps are live: read them at once. */
  update(docs: readonly LoadedDocument[]): Decisions;
}

interface Counted {
  doc: LoadedDocument;
  records: TableTracker<IndicatorRecord>;
  dismissals: TableTracker<Dismissal>;
}

export function decisionCounts(book: Codebook): DecisionCounts {
  const keyOf = patternKeys(book);
  const accepted = new Map<string, number>();
  const rejected = new Map<string, number>();
  const counted = new Map<string, Counted>();
  const add = (counts: Map<string, number>, key: string, by: number) => {
    const n = (counts.get(key) ?? 0) + by;
    if (n === 0) counts.delete(key);
    else counts.set(key, n);
  };
  const takeRecords = (changes: readonly TableChange<IndicatorRecord>[]) => {
    for (const { before, after } of changes) {
      if (before && before.status !== 'rejected') add(accepted, keyOf(before), -1);
      if (after && after.status !== 'rejected') add(accepted, keyOf(after), 1);
    }
  };
  const takeDismissals = (changes: readonly TableChange<Dismissal>[]) => {
    for (const { before, after } of changes) {
      if (before?.pattern) add(rejected, keyOf(before.pattern), -1);
      if (after?.pattern) add(rejected, keyOf(after.pattern), 1);
    }
  };
  const forget = (c: Counted) => {
    takeRecords(c.records.changes({}));
    takeDismissals(c.dismissals.changes({}));
  };
  return {
    update(docs) {
      const listed = new Set<string>();
      for (const doc of docs) {
        listed.add(doc.docId);
        let c = counted.get(doc.docId);
        if (c && c.doc !== doc) forget(c);
        if (!c || c.doc !== doc) counted.set(doc.docId, (c = { doc, records: tableTracker(), dismissals: tableTracker() }));
        takeRecords(c.records.changes(doc.db.data.records));
        takeDismissals(c.dismissals.changes(doc.db.data.dismissed));
      }
      for (const [docId, c] of counted) {
        if (listed.has(docId)) continue;
        forget(c);
        counted.delete(docId);
      }
      return { accepted, rejected };
    },
  };
}
