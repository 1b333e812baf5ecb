import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API_METHODS, type ApiClient, type ApiMethod } from '../../../shared/api/contract.ts';
import type { HistoryView, RecordView } from '../../../shared/api/views.ts';
import { highlightPlacer, highlightsFromRecords } from '../../../renderer/editor/highlightRanges.ts';
import { NO_FILTER, sortRecords, type RecordSort } from '../../../renderer/records/recordQuery.ts';
import { tableRowsKeeper } from '../../../renderer/records/tableRows.ts';
import { recordIndexer } from '../../../renderer/state/recordIndex.ts';
import { shownTextOf } from '../../helpers/shownTextOf.ts';
import { cachedClient } from '../../../renderer/api/cachedClient.ts';
import { apiKey, type QueryMethod } from '../../../renderer/api/queryKeys.ts';
import { cpIndexOf, tempProject, type TestProject } from '../../helpers/tempProject.ts';
import { rawCodePoint } from '../../../shared/text/offsets.ts';

/**
 * The cache as patched from a change's answer must equal what the services say when asked afresh: checked
 * against the real services of a temp project, for each record change the window makes.
 */
const TEXT = '二〇二三年工作回顾\n全年地区生产总值达到 172.9 亿元，增长 5.1%。\n一般公共预算收入 12.3 亿元。\n';

describe('the query cache after a change, against the real services', () => {
  let project: TestProject;
  let api: ApiClient;
  let cache: QueryClient;
  let docId: string;

  beforeEach(async () => {
    project = await tempProject();
    const direct = Object.fromEntries(API_METHODS.map((m) => [m, (input: unknown) => project.call(m, input as never)])) as unknown as ApiClient;
    cache = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
    api = cachedClient(direct, cache);
    const report = await api['docs.importBytes']({ fileName: 'report.txt', base64: Buffer.from(TEXT).toString('base64'), by: 'setup' });
    docId = report.imported[0]!.docId;
  });
  afterEach(() => project.dispose());

  /** Reads the window keeps for the document, cached as the window would. */
  const reads = () => [
    ['records.list', { docId }], ['records.list', {}], ['history.list', { docId }], ['docs.get', { docId }], ['docs.list', {}],
  ] as [QueryMethod, Record<string, unknown>][];
  const seed = () => Promise.all(reads().map(([m, input]) => cache.fetchQuery({ queryKey: apiKey(m, input as never), queryFn: () => project.call(m as ApiMethod, input as never) })));
  /** Cached vs afresh; entry times are the services' clock, not the window's, so they are left out. */
  const expectCacheAsServices = async () => {
    for (const [m, input] of reads()) {
      const fresh = await project.call(m as ApiMethod, input as never);
      const cached = cache.getQueryData(apiKey(m, input as never));
      if (m === 'history.list') {
        const noTimes = (h: HistoryView) => ({ ...h, entries: h.entries.map(({ at: _at, ...e }) => e) });
        expect(noTimes(cached as HistoryView), m).toEqual(noTimes(fresh as HistoryView));
      } else expect(cached, `${m} ${JSON.stringify(input)}`).toEqual(fresh);
    }
    for (const [m, input] of reads()) expect(cache.getQueryState(apiKey(m, input as never))!.isInvalidated, `${m} re-read`).toBe(false);
  };

  it('add, add and verify, edit, verify, reject, bulk reopen, delete: each shown from its answer, as the services would say', async () => {
    const at = (needle: string) => {
      const start = cpIndexOf(TEXT, needle);
      return [{ start: rawCodePoint(start), end: rawCodePoint(start + [...needle].length) }];
    };
    await seed();
    const gdp = await api['records.add']({ docId, evidence: at('172.9 亿元'), fields: { indicator: '地区生产总值', value: '172.9', unit: '亿元', year: 2023 }, by: '张' });
    await expectCacheAsServices();
    const revenue = await api['records.add']({ docId, evidence: at('12.3 亿元'), fields: { indicator: '一般公共预算收入', value: '12.3', unit: '亿元' }, by: '张', verify: true });
    await expectCacheAsServices();
    await api['records.update']({ recordId: gdp.id, fields: { ...gdp, note: '核对' }, by: '李' });
    await expectCacheAsServices();
    // An edit that changes nothing makes no audit entry, and the cache adds none.
    await api['records.update']({ recordId: gdp.id, fields: { note: '核对' }, by: '李' });
    await expectCacheAsServices();
    await api['records.setStatus']({ recordId: gdp.id, status: 'verified', by: '李' });
    await expectCacheAsServices();
    await api['records.setStatus']({ recordId: revenue.id, status: 'rejected', by: '李' });
    await expectCacheAsServices();
    await api['records.setStatusMany']({ recordIds: [gdp.id, revenue.id], status: 'draft', by: '李' });
    await expectCacheAsServices();
    await api['records.delete']({ recordId: revenue.id, by: '李' });
    await expectCacheAsServices();
  });

  it('what the window derives from the cached lists follows each change to what a fresh read gives', async () => {
    const at = (needle: string) => {
      const start = cpIndexOf(TEXT, needle);
      return [{ start: rawCodePoint(start), end: rawCodePoint(start + [...needle].length) }];
    };
    await seed();
    const text = shownTextOf(TEXT, 'raw', [], docId);
    const follow = { index: recordIndexer(), rows: tableRowsKeeper(), place: highlightPlacer() };
    const sort: RecordSort = { column: 'status', direction: 'asc' };
    /** Index, rows and highlights followed along the cached list equal those built from the services' answer. */
    const expectFollowedAsFresh = async () => {
      // A change that made the list stale (undo, a correction) is followed by the window's re-read of it.
      await cache.refetchQueries({ queryKey: ['records.list'], stale: true });
      const cached = cache.getQueryData<RecordView[]>(apiKey('records.list', { docId }))!;
      const fresh = await project.call('records.list', { docId });
      const index = follow.index(cached);
      expect(fresh.every((r) => index.get(r.id)?.id === r.id && JSON.stringify(index.get(r.id)) === JSON.stringify(r))).toBe(true);
      expect(index.size).toBe(fresh.length);
      expect(follow.rows(cached, NO_FILTER, sort)).toEqual(sortRecords(fresh, sort));
      expect(follow.place(cached, text)).toEqual(highlightsFromRecords(fresh, text));
    };
    await expectFollowedAsFresh();
    const gdp = await api['records.add']({ docId, evidence: at('172.9 亿元'), fields: { indicator: '地区生产总值', value: '172.9', unit: '亿元', year: 2023 }, by: '张' });
    await expectFollowedAsFresh();
    const revenue = await api['records.add']({ docId, evidence: at('12.3 亿元'), fields: { indicator: '一般公共预算收入', value: '12.3', unit: '亿元' }, by: '张' });
    await expectFollowedAsFresh();
    // Evidence moved before another record's: the record changes place in the list.
    await api['records.update']({ recordId: revenue.id, evidence: at('工作回顾'), fields: { indicator: '一般公共预算收入', value: '12.3', unit: '亿元' }, by: '李', valueDiffers: 'moved' });
    expect(cache.getQueryData<RecordView[]>(apiKey('records.list', { docId }))!.map((r) => r.id)).toEqual([revenue.id, gdp.id]);
    await expectFollowedAsFresh();
    await api['records.setStatus']({ recordId: gdp.id, status: 'verified', by: '李' });
    await expectFollowedAsFresh();
    await api['records.delete']({ recordId: revenue.id, by: '李' });
    await expectFollowedAsFresh();
    await api['history.undo']({ docId, by: '李' });
    await expectFollowedAsFresh();
    await api['corrections.add']({ docId, start: rawCodePoint(0), end: rawCodePoint(0), replace: '【】', kind: 'edit', reason: '', by: '李' });
    await expectFollowedAsFresh();
  });

  it('undo takes the history from its answer and marks the rest of the document for a re-read', async () => {
    await seed();
    await api['records.add']({ docId, evidence: [{ start: rawCodePoint(0), end: rawCodePoint(4) }], fields: { indicator: '年份', value: '二〇二三', unit: '' }, by: '张', valueDiffers: 'a year in words' });
    await api['history.undo']({ docId, by: '张' });
    expect(cache.getQueryData(apiKey('history.list', { docId }))).toEqual(await project.call('history.list', { docId }));
    expect(cache.getQueryState(apiKey('records.list', { docId }))!.isInvalidated).toBe(true);
  });
});
