import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { ApiInput, ApiOutput } from '../../../shared/api/contract.ts';
import type { DocumentSummary, HistoryView, RecordView } from '../../../shared/api/views.ts';
import { cacheEffects, CHANGE_METHODS, type ChangeMethod } from '../../../renderer/api/cacheEffects.ts';
import { applyCacheEffects, cacheLookup } from '../../../renderer/api/cachedClient.ts';
import { apiKey, ONE_OFF_METHODS, QUERY_METHODS } from '../../../renderer/api/queryKeys.ts';
import { API_METHODS } from '../../../shared/api/contract.ts';
import { correctedCodePoint, rawCodePoint } from '../../../shared/text/offsets.ts';

/** Which cached reads each change edits or makes stale, checked on a real QueryClient holding two documents' reads. */

const record = (id: string, docId: string, status: RecordView['status'], start: number): RecordView => ({
  id, docId, status, indicator: '地区生产总值', region: '', year: 2023, kind: 'actual', measure: 'level', value: '10', unit: '亿元',
  qualifier: '', note: '', valueNormalized: '1000000000', baseUnit: 'yuan', createdBy: 'a', createdAt: '2026-01-01T00:00:00.000Z',
  verifiedBy: null, verifiedAt: null, reviewedText: [], corrections: [],
  evidence: [{
    start: rawCodePoint(start), end: rawCodePoint(start + 2), quote: 'xx', prefix: '', suffix: '',
    correctedStart: correctedCodePoint(start), correctedEnd: correctedCodePoint(start + 2), correctedQuote: 'xx',
  }],
} as RecordView);
const summary = (docId: string, draft: number): DocumentSummary => ({
  docId, fileName: `${docId}.txt`, title: docId, region: '', yearsReviewed: [], yearsPlanned: [], sha256: '', encoding: 'utf-8',
  length: 100, counts: { draft, verified: 0, rejected: 0, needs_review: 0, orphaned: 0 }, activeCorrections: 0, reanchorQueue: 0, versions: [],
} as unknown as DocumentSummary);
const history = (seq: number): HistoryView => ({ entries: seq ? [{ seq, at: 'x', by: 'a', action: 'record.add', summary: 's' }] : [], canUndo: seq > 0, canRedo: true, undoSummary: null, redoSummary: 'r' });

const A = 'doc-a';
const B = 'doc-b';
const existing = record('r1', A, 'draft', 10);

/** Every read the window makes, for two documents, seeded with data. */
function seededCache(): QueryClient {
  const qc = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
  qc.setQueryData(apiKey('project.info', {}), { name: 'p' });
  qc.setQueryData(apiKey('docs.list', {}), [summary(A, 1), summary(B, 0)]);
  qc.setQueryData(apiKey('records.list', {}), [existing]);
  qc.setQueryData(apiKey('checks.list', { includeDismissed: true }), { pages: [{ findings: [{ id: 'c1', dismissed: false }, { id: 'c2', dismissed: false }] }], pageParams: [0] });
  qc.setQueryData(apiKey('codebook.get', {}), { entries: [] });
  for (const docId of [A, B]) {
    qc.setQueryData(apiKey('docs.get', { docId }), summary(docId, docId === A ? 1 : 0));
    qc.setQueryData(apiKey('docs.text', { docId, view: 'raw' }), { text: 'raw' });
    qc.setQueryData(apiKey('docs.text', { docId, view: 'corrected' }), { text: 'corrected' });
    qc.setQueryData(apiKey('records.list', { docId }), docId === A ? [existing] : []);
    qc.setQueryData(apiKey('corrections.list', { docId }), []);
    qc.setQueryData(apiKey('history.list', { docId }), history(docId === A ? 1 : 0));
    qc.setQueryData(apiKey('reanchor.list', { docId }), []);
    qc.setQueryData(apiKey('defects.list', { docId, includeDismissed: false }), [{ id: 'f1' }, { id: 'f2' }]);
    qc.setQueryData(apiKey('suggestions.list', { docId, includeDismissed: true }), [{ id: 's1', dismissed: false }]);
  }
  return qc;
}

/** The reads a change left stale, named `method` or `method docId[ view]`. */
function staleAfter<M extends ChangeMethod>(method: M, input: ApiInput<M>, output: ApiOutput<M>) {
  const qc = seededCache();
  return applyCacheEffects(qc, cacheEffects(method, input, output, cacheLookup(qc))).then(() => ({
    qc,
    stale: qc.getQueryCache().getAll().filter((q) => q.state.isInvalidated).map((q) => {
      const [m, input] = q.queryKey as [string, Record<string, unknown>];
      return [m, input.docId, input.view].filter((x) => x !== undefined).join(' ');
    }).sort(),
  }));
}

const allOfDocument = (docId: string) => [
  'corrections.list', 'defects.list', 'docs.get', 'docs.text', 'history.list', 'reanchor.list', 'records.list', 'suggestions.list',
].flatMap((m) => (m === 'docs.text' ? [`${m} ${docId} corrected`, `${m} ${docId} raw`] : [`${m} ${docId}`]));

describe('query keys', () => {
  it('are the method and its input, with fields left undefined dropped', () => {
    expect(apiKey('records.list', { docId: undefined })).toEqual(['records.list', {}]);
    expect(apiKey('docs.text', { docId: A, view: 'corrected' })).toEqual(['docs.text', { docId: A, view: 'corrected' }]);
  });

  it('cover every method of the contract: each is a read, a change with its effects, or a one-off read', () => {
    const covered = [...QUERY_METHODS, ...CHANGE_METHODS, ...ONE_OFF_METHODS];
    expect([...covered].sort()).toEqual([...API_METHODS].sort());
    expect(new Set(covered).size).toBe(covered.length);
  });
});

describe('which reads a change makes stale', () => {
  it('a saved record: none of its document’s records, corrections, history or text; its suggestions and the checks', async () => {
    const added = record('r2', A, 'draft', 5);
    const { qc, stale } = await staleAfter('records.add', { docId: A, evidence: [{ start: rawCodePoint(5), end: rawCodePoint(7) }], fields: { indicator: 'x', value: '1' }, by: '张' }, added);
    expect(stale).toEqual(['checks.list', `suggestions.list ${A}`]);
    // What it returned is shown: in the document's list (in the services' order) and the project's.
    expect(qc.getQueryData<RecordView[]>(apiKey('records.list', { docId: A }))!.map((r) => r.id)).toEqual(['r2', 'r1']);
    expect(qc.getQueryData<RecordView[]>(apiKey('records.list', {}))!.map((r) => r.id)).toEqual(['r2', 'r1']);
    expect(qc.getQueryData<RecordView[]>(apiKey('records.list', { docId: B }))).toEqual([]);
    expect(qc.getQueryData<DocumentSummary>(apiKey('docs.get', { docId: A }))!.counts.draft).toBe(2);
    expect(qc.getQueryData<DocumentSummary[]>(apiKey('docs.list', {}))!.map((d) => d.counts.draft)).toEqual([2, 0]);
    const h = qc.getQueryData<HistoryView>(apiKey('history.list', { docId: A }))!;
    expect(h).toMatchObject({ canUndo: true, canRedo: false, redoSummary: null, undoSummary: 'added 地区生产总值 10 亿元 (2023)' });
    expect(h.entries.map((e) => e.seq)).toEqual([1, 2]);
  });

  it('a status change moves the document’s counts; a change that changed nothing adds no history', async () => {
    const verified = { ...existing, status: 'verified' as const, verifiedBy: '李', verifiedAt: 't' };
    const { qc, stale } = await staleAfter('records.setStatus', { recordId: 'r1', status: 'verified', by: '李' }, verified);
    expect(stale).toEqual(['checks.list', `suggestions.list ${A}`]);
    expect(qc.getQueryData<DocumentSummary>(apiKey('docs.get', { docId: A }))!.counts).toMatchObject({ draft: 0, verified: 1 });
    expect(qc.getQueryData<HistoryView>(apiKey('history.list', { docId: A }))!.undoSummary).toBe('verified 地区生产总值 10 亿元 (2023)');
    const same = await staleAfter('records.update', { recordId: 'r1', by: '李' }, existing);
    expect(same.qc.getQueryData<HistoryView>(apiKey('history.list', { docId: A }))!.entries).toHaveLength(1);
  });

  it('a correction: everything of its document (both text views) and the project’s records, list and checks; nothing of another document', async () => {
    const { stale } = await staleAfter('corrections.editCorrected', { docId: A, correctedFrom: correctedCodePoint(0), correctedTo: correctedCodePoint(1), insert: '', by: '张' }, { docId: A } as ApiOutput<'corrections.editCorrected'>);
    expect(stale).toEqual([...allOfDocument(A), 'checks.list', 'docs.list', 'records.list'].sort());
  });

  it('undo: the history is the answer; the rest of the document is re-read', async () => {
    const after = history(0);
    const { qc, stale } = await staleAfter('history.undo', { docId: A, by: '张' }, after);
    expect(stale).toEqual([...allOfDocument(A).filter((k) => !k.startsWith('history')), 'checks.list', 'docs.list', 'records.list'].sort());
    expect(qc.getQueryData(apiKey('history.list', { docId: A }))).toEqual(after);
  });

  it('a finding set aside leaves the list at once, no re-read of the findings; the history and suggestions are re-read', async () => {
    const { qc, stale } = await staleAfter('dismissals.set', { docId: A, itemId: 'f1', by: '张' }, { itemId: 'f1', dismissed: true });
    expect(stale).toEqual([`history.list ${A}`, `suggestions.list ${A}`]);
    expect(qc.getQueryData(apiKey('defects.list', { docId: A, includeDismissed: false }))).toEqual([{ id: 'f2' }]);
  });

  it('the codebook: its answer replaces the cached one, and every document’s suggestions and the checks are re-read', async () => {
    const book = { entries: [{ name: 'x' }] } as unknown as ApiOutput<'codebook.set'>;
    const { qc, stale } = await staleAfter('codebook.set', { json: '{}', by: '张' }, book);
    expect(stale).toEqual(['checks.list', `suggestions.list ${A}`, `suggestions.list ${B}`]);
    expect(qc.getQueryData(apiKey('codebook.get', {}))).toEqual(book);
  });

  it('an import: the document list and the project; a checks dismissal: the finding marked at once, the checks re-read', async () => {
    expect((await staleAfter('docs.importBytes', { fileName: 'a.txt', base64: '', by: '张' }, { imported: [], duplicates: [], failed: [] })).stale)
      .toEqual(['docs.list', 'project.info']);
    const { qc, stale } = await staleAfter('checks.dismiss', { findingId: 'c1', by: '张' }, { findingId: 'c1', dismissed: true });
    expect(stale).toEqual(['checks.list']);
    const pages = qc.getQueryData<{ pages: { findings: { id: string; dismissed: boolean }[] }[] }>(apiKey('checks.list', { includeDismissed: true }))!.pages;
    expect(pages[0]!.findings).toEqual([{ id: 'c1', dismissed: true }, { id: 'c2', dismissed: false }]);
  });
});

describe('stale answers', () => {
  it('an answer read before a save never overwrites the saved record; the read is asked again', async () => {
    const qc = seededCache();
    const key = apiKey('records.list', { docId: A });
    let answer!: (list: RecordView[]) => void;
    // A read started before the save, answering afterwards with the list as it was.
    const inFlight = qc.fetchQuery({ queryKey: key, queryFn: () => new Promise<RecordView[]>((resolve) => (answer = resolve)), staleTime: 0 }).catch(() => undefined);
    const added = record('r2', A, 'draft', 5);
    await applyCacheEffects(qc, cacheEffects('records.add', { docId: A, evidence: [{ start: rawCodePoint(5), end: rawCodePoint(7) }], fields: { indicator: 'x', value: '1' }, by: '张' }, added, cacheLookup(qc)));
    answer([existing]);
    await inFlight;
    expect(qc.getQueryData<RecordView[]>(key)!.map((r) => r.id)).toEqual(['r2', 'r1']);
    expect(qc.getQueryState(key)!.isInvalidated).toBe(true);
  });
});
