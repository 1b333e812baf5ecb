import type { AuditChange, AuditEntry } from './auditEntry.ts';

/**
 * Derives the undo and redo stacks from the audit log: a normal action pushes onto the undo stack and clears
 * redo; undo moves its target to redo; redo moves it back.
 */
export function undoStacks(log: readonly AuditEntry[]): { undo: AuditEntry[]; redo: AuditEntry[] } {
  const bySeq = new Map(log.map((e) => [e.seq, e]));
  const undo: AuditEntry[] = [];
  let redo: AuditEntry[] = [];
  for (const entry of log) {
    if (entry.action === 'undo') {
      const popped = undo.pop();
      if (popped) redo.push(popped);
    } else if (entry.action === 'redo') {
      const popped = redo.pop();
      if (popped) undo.push(popped);
    } else if (entry.changes.length > 0) {
      // Entries that changed nothing undoable (the import itself) are history, not undo steps.
      undo.push(entry);
      redo = [];
    }
  }
  // Resolve to the original entries (not the undo/redo entries themselves).
  return { undo: undo.map((e) => bySeq.get(e.seq) ?? e), redo };
}

/** The changes that undo an entry: each entity back to its `before`, in reverse order. */
export function inverseChanges(entry: AuditEntry): AuditChange[] {
  return [...entry.changes].reverse().map((c) => ({ entity: c.entity, id: c.id, before: c.after, after: c.before }));
}
