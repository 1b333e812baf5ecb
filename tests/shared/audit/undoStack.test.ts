import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/audit/auditEntry.ts';
import { inverseChanges, undoStacks } from '../../../shared/audit/undoStack.ts';

const entry = (seq: number, action: string, target?: number): AuditEntry => ({
  seq, at: '', by: 'a', action, summary: action + seq,
  changes: action === 'document.import' ? [] : [{ entity: 'record', id: `r${seq}`, before: null, after: { n: seq } }],
  ...(target ? { target } : {}),
});

describe('undo stacks from the audit log', () => {
  it('derive undo and redo from actions, undos and redos', () => {
    const log = [entry(1, 'document.import'), entry(2, 'record.add'), entry(3, 'record.add'), entry(4, 'undo', 3)];
    expect(undoStacks(log).undo.map((e) => e.seq)).toEqual([2]);
    expect(undoStacks(log).redo.map((e) => e.seq)).toEqual([3]);
    expect(undoStacks([...log, entry(5, 'redo', 3)]).undo.map((e) => e.seq)).toEqual([2, 3]);
    expect(undoStacks([...log, entry(5, 'record.verify')]).redo).toEqual([]);
  });

  it('invert changes in reverse order', () => {
    const e: AuditEntry = { ...entry(2, 'x'), changes: [{ entity: 'record', id: 'a', before: 1, after: 2 }, { entity: 'correction', id: 'b', before: null, after: 3 }] };
    expect(inverseChanges(e)).toEqual([{ entity: 'correction', id: 'b', before: 3, after: null }, { entity: 'record', id: 'a', before: 2, after: 1 }]);
  });
});
