import { describe, expect, it } from 'vitest';
import type { ApiMethod } from '../../../shared/api/contract.ts';
import type { Envelope } from '../../../shared/api/envelope.ts';
import { clientFrom } from '../../../renderer/api/apiClient.ts';
import { createOperationTracker } from '../../../renderer/api/operationTracker.ts';

describe('the window names its long calls', () => {
  it('gives each long call an operationId, lists it while under way, and forgets it when it ends either way', async () => {
    let n = 0;
    const tracker = createOperationTracker(() => `op-${++n}`);
    const sent: { method: ApiMethod; input: unknown }[] = [];
    const answers: ((e: Envelope<unknown>) => void)[] = [];
    const client = clientFrom((method, input) => {
      sent.push({ method, input });
      return new Promise((resolve) => answers.push(resolve));
    }, tracker);

    const suggesting = client['suggestions.list']({ docId: 'd' });
    const exporting = client['export.dataset']({ format: 'csv' });
    void client['docs.text']({ docId: 'd' });
    expect(sent).toEqual([
      { method: 'suggestions.list', input: { docId: 'd', operationId: 'op-1' } },
      { method: 'export.dataset', input: { format: 'csv', operationId: 'op-2' } },
      { method: 'docs.text', input: { docId: 'd' } },
    ]);
    expect(tracker.list().map((o) => [o.operationId, o.method])).toEqual([['op-1', 'suggestions.list'], ['op-2', 'export.dataset']]);

    answers[0]!({ ok: true, result: [] });
    expect(await suggesting).toEqual([]);
    answers[1]!({ ok: false, error: { code: 'CANCELLED', message: 'export.dataset: cancelled' } });
    await expect(exporting).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(tracker.list()).toEqual([]);
  });

  it('tells its subscribers when the list changes', () => {
    const tracker = createOperationTracker(() => 'x');
    let calls = 0;
    const unsubscribe = tracker.subscribe(() => calls++);
    const before = tracker.list();
    tracker.start('checks.list');
    expect(tracker.list()).not.toBe(before);
    tracker.end('x');
    unsubscribe();
    tracker.start('checks.list');
    expect(calls).toBe(2);
  });
});
