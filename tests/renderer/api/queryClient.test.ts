import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../../renderer/api/queryClient.ts';
import { apiKey } from '../../../renderer/api/queryKeys.ts';

/**
 * The window's query cache keeps records and suggestions lists exactly as written (no deep comparison with the previous list,
 * which cost hundreds of milliseconds per save at 20,000 records) and shares structure everywhere else.
 */
describe('the window query cache', () => {
  const list = () => [{ id: 'r1', evidence: [{ start: 1, end: 3 }] }, { id: 'r2', evidence: [{ start: 5, end: 9 }] }];

  it('stores a records list (of a document and of the project) and a suggestions list as given', () => {
    const cache = createQueryClient();
    for (const key of [apiKey('records.list', { docId: 'd1' }), apiKey('records.list', {}), apiKey('suggestions.list', { docId: 'd1', includeDismissed: true })]) {
      cache.setQueryData(key, list());
      const equal = list();
      cache.setQueryData(key, equal);
      expect(cache.getQueryData(key)).toBe(equal);
    }
  });

  it('still shares an equal answer of other reads with the one before', () => {
    const cache = createQueryClient();
    const key = apiKey('history.list', { docId: 'd1' });
    const first = { entries: [], canUndo: false, canRedo: false, undoSummary: null, redoSummary: null };
    cache.setQueryData(key, first);
    cache.setQueryData(key, { ...first });
    expect(cache.getQueryData(key)).toBe(first);
  });
});
