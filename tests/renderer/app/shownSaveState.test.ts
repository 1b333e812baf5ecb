import { describe, expect, it } from 'vitest';
import { shownSaveState } from '../../../renderer/app/shownSaveState.ts';

describe("the header's save status", () => {
  const entry = { seq: 1, at: '2026-11-29T00:00:00Z', by: 'a', action: 'record.add', summary: 's', target: 'r_1' };
  it('says saved for a document with a history, even before this window saved anything', () => {
    expect(shownSaveState('idle', { entries: [entry] as never })).toBe('saved');
    expect(shownSaveState('idle', { entries: [] })).toBe('idle');
    expect(shownSaveState('idle', null)).toBe('idle');
    expect(shownSaveState('saving', { entries: [entry] as never })).toBe('saving');
    expect(shownSaveState('failed', { entries: [entry] as never })).toBe('failed');
  });
});
