import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api/contract.ts';
import type { DocumentSummary, FindingView, HistoryView, ProjectInfo, RecordView, SuggestionView } from '../../shared/api/views.ts';
import type { InfiniteData } from '@tanstack/react-query';
import type { ChecksPage } from '../../shared/checks/index.ts';
import type { Codebook } from '../../shared/codebook/index.ts';
import { addedSummary, bulkStatusSummary, deletedSummary, editedSummary, statusSummary, type RecordActionSummary } from '../../shared/records/recordSummary.ts';
import { removeRecord, replaceSummary, upsertRecord, withAction, withCounts } from './cachePatches.ts';
import { allOf, exactly, type KeyFilter, type OneOffMethod, type QueryMethod } from './queryKeys.ts';

/** One cached answer (or several, by a filter) edited with what a change returned. */
export interface CacheUpdate {
  filter: KeyFilter;
  update(old: unknown): unknown;
}

/** What a change does to the window's cached reads: answers it edits in place, and reads it makes stale. */
export interface CacheEffects {
  updates: CacheUpdate[];
  invalidate: KeyFilter[];
}

/** What a change needs to know from the cache: the record as shown before (its status, its document). */
export interface CacheLookup {
  /**
   * The record as cached. `near` (the record as the change returned it) lets a list find it by binary search;
   * `walk` false skips the search along the lists for one that is not there (a record just added).
   */
  record(recordId: string, near?: RecordView, walk?: boolean): RecordView | undefined;
}

/** Methods that change the project. The rest are reads (QUERY_METHODS) or one-off calls (ONE_OFF_METHODS). */
export type ChangeMethod = Exclude<ApiMethod, QueryMethod | OneOffMethod>;

type EffectOf<M extends ChangeMethod> = (input: ApiInput<M>, output: ApiOutput<M>, lookup: CacheLookup) => CacheEffects;

const update = <T>(filter: KeyFilter, edit: (old: T | undefined) => T | undefined): CacheUpdate => ({ filter, update: (old) => edit(old as T | undefined) });
const put = <T>(filter: KeyFilter, value: T): CacheUpdate => update<T>(filter, () => value);

/** Every read of one document (both text views, all its lists). */
const documentReads = (docId: string): KeyFilter[] => [
  allOf('docs.get', { docId }), allOf('docs.text', { docId }), allOf('records.list', { docId }), allOf('corrections.list', { docId }),
  allOf('history.list', { docId }), allOf('reanchor.list', { docId }), allOf('defects.list', { docId }), allOf('suggestions.list', { docId }),
];
/** Reads across documents that any document's change may alter. */
const projectRecords = exactly('records.list', {});
const checks = allOf('checks.list');
const docList = exactly('docs.list', {});

/**
 * The records a change returned, shown at once: in the document's list and the project's, with the
 * document's counts and history moved on. The suggestions (which ones are recorded) and the project's checks
 * are computed by the services from all records, so those are re-read.
 */
function recordsChanged(changed: readonly RecordView[], lookup: CacheLookup, by: string, summaryOf: (docId: string, records: readonly RecordView[]) => RecordActionSummary | null, added = false): CacheEffects {
  const updates: CacheUpdate[] = [];
  const docIds = new Set<string>();
  const before = new Map(changed.map((r) => [r.id, lookup.record(r.id, r, !added)]));
  for (const record of changed) {
    docIds.add(record.docId);
    const options = { previous: before.get(record.id), added };
    updates.push(update<RecordView[]>(exactly('records.list', { docId: record.docId }), (l) => upsertRecord(l, record, options)));
    updates.push(update<RecordView[]>(projectRecords, (l) => upsertRecord(l, record, options)));
  }
  const at = new Date().toISOString();
  for (const docId of docIds) {
    const mine = changed.filter((r) => r.docId === docId);
    const moves = mine.map((r) => ({ from: before.get(r.id)?.status, to: r.status }));
    updates.push(update<DocumentSummary>(exactly('docs.get', { docId }), (d) => withCounts(d, moves)));
    updates.push(update<DocumentSummary[]>(docList, (l) => replaceSummary(l, docId, (d) => withCounts(d, moves))));
    const action = summaryOf(docId, mine);
    if (action) updates.push(update<HistoryView>(exactly('history.list', { docId }), (h) => withAction(h, by, at, action)));
  }
  return { updates, invalidate: [...[...docIds].map((docId) => allOf('suggestions.list', { docId })), checks] };
}

/** A record the services answered with unchanged (an edit that changed nothing) made no audit entry. */
const changedFrom = (lookup: CacheLookup, record: RecordView) => JSON.stringify(lookup.record(record.id, record)) !== JSON.stringify(record);

/** Everything a change of a document's text (or its source) may move: all its reads, and the project's. */
const textChanged = (docId: string): CacheEffects => ({ updates: [], invalidate: [...documentReads(docId), docList, projectRecords, checks] });

const EFFECTS: { [M in ChangeMethod]: EffectOf<M> } = {
  'project.setSettings': (_input, project) => ({ updates: [put<ProjectInfo>(exactly('project.info', {}), project)], invalidate: [] }),
  'docs.importFiles': () => ({ updates: [], invalidate: [docList, exactly('project.info', {})] }),
  'docs.importBytes': () => ({ updates: [], invalidate: [docList, exactly('project.info', {})] }),
  'docs.replaceSourceFile': ({ docId }) => textChanged(docId),
  'docs.replaceSourceBytes': ({ docId }) => textChanged(docId),
  'docs.updateMeta': ({ docId }, summary) => ({
    updates: [put(exactly('docs.get', { docId }), summary), update<DocumentSummary[]>(docList, (l) => replaceSummary(l, docId, () => summary))],
    // Audited; the years steer the suggestions, and the title names the document in the checks.
    invalidate: [allOf('history.list', { docId }), allOf('suggestions.list', { docId }), checks],
  }),
  'records.updateDraftYears': ({ docId, dryRun }, { applied }) => (dryRun || !applied ? { updates: [], invalidate: [] } : {
    updates: [],
    invalidate: [allOf('records.list', { docId }), projectRecords, allOf('history.list', { docId }), allOf('docs.get', { docId }), allOf('suggestions.list', { docId }), checks],
  }),
  'records.add': ({ by, verify }, record, lookup) => recordsChanged([record], lookup, by, () => addedSummary(record, verify === true), true),
  'records.update': ({ by }, record, lookup) => recordsChanged([record], lookup, by, () => (changedFrom(lookup, record) ? editedSummary(record) : null)),
  'records.setStatus': ({ by, status }, record, lookup) => recordsChanged([record], lookup, by, () => (changedFrom(lookup, record) ? statusSummary(record, status) : null)),
  'records.setStatusMany': ({ by, status }, { changed }, lookup) => recordsChanged(changed, lookup, by, (_docId, mine) => bulkStatusSummary(mine.length, status)),
  'records.delete': ({ by, recordId }, _output, lookup) => {
    const record = lookup.record(recordId);
    // Not shown here: which document it was in is unknown, so every records list is re-read.
    if (!record) return { updates: [], invalidate: [allOf('records.list'), allOf('history.list'), allOf('docs.get'), docList, allOf('suggestions.list'), checks] };
    const { docId } = record;
    const moves = [{ from: record.status }];
    return {
      updates: [
        update<RecordView[]>(exactly('records.list', { docId }), (l) => removeRecord(l, record)),
        update<RecordView[]>(projectRecords, (l) => removeRecord(l, record)),
        update<DocumentSummary>(exactly('docs.get', { docId }), (d) => withCounts(d, moves)),
        update<DocumentSummary[]>(docList, (l) => replaceSummary(l, docId, (d) => withCounts(d, moves))),
        update<HistoryView>(exactly('history.list', { docId }), (h) => withAction(h, by, new Date().toISOString(), deletedSummary(record))),
      ],
      invalidate: [allOf('suggestions.list', { docId }), checks],
    };
  },
  'reanchor.resolve': ({ docId }) => recordsMovedByService(docId),
  'reanchor.discard': ({ docId }) => recordsMovedByService(docId),
  // A correction moves the corrected text, the records' corrected positions and statuses, the findings.
  'corrections.add': ({ docId }) => textChanged(docId),
  'corrections.editCorrected': ({ docId }) => textChanged(docId),
  'corrections.editCorrectedBatch': ({ docId }) => textChanged(docId),
  'corrections.revert': (_input, correction) => textChanged(correction.docId),
  // The answer is the history itself; anything of the document may have gone back (text, records, source).
  'history.undo': ({ docId }, history) => undone(docId, history),
  'history.redo': ({ docId }, history) => undone(docId, history),
  'codebook.addSynonym': (_input, { added, codebook }) => ({
    updates: [put<Codebook>(exactly('codebook.get', {}), codebook)],
    invalidate: added ? [allOf('suggestions.list'), checks] : [],
  }),
  'codebook.set': (_input, codebook) => ({ updates: [put<Codebook>(exactly('codebook.get', {}), codebook)], invalidate: [allOf('suggestions.list'), checks] }),
  // A suggestion or a text finding set aside (or restored); audited in the document's history.
  // A set-aside text finding leaves the list at once and nothing else moves; a restored one must be read back.
  // A suggestion's rejection also ranks the ones like it lower, so the suggestions are re-read either way.
  'dismissals.set': ({ docId, itemId, dismissed }) => ({
    updates: [
      update<FindingView[]>(exactly('defects.list', { docId, includeDismissed: false }), (l) => (dismissed !== false ? l?.filter((f) => f.id !== itemId) : l)),
      update<FindingView[]>(exactly('defects.list', { docId, includeDismissed: true }), (l) => l?.map((f) => (f.id === itemId ? { ...f, dismissed: dismissed !== false } : f))),
      update<SuggestionView[]>(allOf('suggestions.list', { docId }), (l) => l?.map((s) => (s.id === itemId ? { ...s, dismissed: dismissed !== false } : s))),
    ],
    invalidate: [allOf('suggestions.list', { docId }), allOf('history.list', { docId }), ...(dismissed === false ? [allOf('defects.list', { docId })] : [])],
  }),
  // Marked at once in the loaded pages (the window reads them as one paged query); read again for the order and counts.
  'checks.dismiss': (_input, { findingId, dismissed }) => ({
    updates: [update<InfiniteData<ChecksPage>>(checks, (d) => d && {
      ...d, pages: d.pages.map((p) => ({ ...p, findings: p.findings.map((f) => (f.id === findingId ? { ...f, dismissed } : f)) })),
    })],
    invalidate: [checks],
  }),
};

function recordsMovedByService(docId: string): CacheEffects {
  return {
    updates: [],
    invalidate: [allOf('records.list', { docId }), projectRecords, allOf('reanchor.list', { docId }), allOf('history.list', { docId }), allOf('docs.get', { docId }), docList, allOf('suggestions.list', { docId }), checks],
  };
}

function undone(docId: string, history: HistoryView): CacheEffects {
  const { invalidate } = textChanged(docId);
  return { updates: [put(exactly('history.list', { docId }), history)], invalidate: invalidate.filter((f) => f.queryKey[0] !== 'history.list') };
}

export const CHANGE_METHODS = Object.keys(EFFECTS) as ChangeMethod[];

export function isChangeMethod(method: ApiMethod): method is ChangeMethod {
  return Object.prototype.hasOwnProperty.call(EFFECTS, method);
}

/** What `method` did to the cached reads, given its input and its answer. */
export function cacheEffects<M extends ChangeMethod>(method: M, input: ApiInput<M>, output: ApiOutput<M>, lookup: CacheLookup): CacheEffects {
  return (EFFECTS[method] as EffectOf<M>)(input, output, lookup);
}
