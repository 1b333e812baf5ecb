import type { ServiceTable } from '../../../shared/api/contract.ts';
import type { HistoryView } from '../../../shared/api/views.ts';
import type { AuditChange } from '../../../shared/audit/auditEntry.ts';
import { inverseChanges, undoStacks } from '../../../shared/audit/undoStack.ts';
import { stableStringify } from '../../../shared/format/stableStringify.ts';
import { refusal } from '../../../shared/errors/workbenchError.ts';
import { errorReason } from '../../../shared/errors/errorReasons.ts';
import type { LoadedDocument } from '../project/loadedDocument.ts';
import { commitChanges, entityTable } from './commitChanges.ts';
import type { ServiceContext } from './serviceContext.ts';

type HistoryServices = Pick<ServiceTable, 'history.list' | 'history.undo' | 'history.redo'>;

/** Undo and redo, per document, read from and written to the audit log: they survive restarts. */
export function historyServices(ctx: ServiceContext): HistoryServices {
  const { session } = ctx;

  const step = (direction: 'undo' | 'redo') => ({ docId, by }: { docId: string; by: string }) =>
    session.withDocument(docId, async (doc) => {
      const stacks = undoStacks(doc.audit);
      const entry = (direction === 'undo' ? stacks.undo : stacks.redo).at(-1);
      if (!entry) throw refusal('CONFLICT', errorReason(direction === 'undo' ? 'history.nothingToUndo' : 'history.nothingToRedo', { docId }));
      const changes = direction === 'undo' ? inverseChanges(entry) : entry.changes;
      assertCurrent(doc, changes);
      await commitChanges(doc, {
        by, at: ctx.now(), action: direction, target: entry.seq,
        summary: `${direction}: ${entry.summary}`, changes: changes.map((c) => ({ ...c })),
      });
      // Undoing or redoing a source replacement swaps the raw text itself: load the document afresh.
      if (changes.some((c) => c.entity === 'document' && sourceOf(c.before) !== sourceOf(c.after))) {
        session.evict(docId);
        return historyView(await session.document(docId));
      }
      return historyView(doc);
    });

  return {
    async 'history.list'({ docId }) {
      return historyView(await session.document(docId));
    },
    'history.undo': step('undo'),
    'history.redo': step('redo'),
  };
}

/** Undo applies only onto the exact state the action left; anything else would silently lose work. */
function assertCurrent(doc: LoadedDocument, changes: readonly AuditChange[]): void {
  const data = doc.db.data;
  for (const c of changes) {
    const current = c.entity === 'document' ? data.document : entityTable(data, c.entity)[c.id];
    if (stableStringify(current ?? null) !== stableStringify(c.before ?? null)) {
      throw refusal('CONFLICT', errorReason('history.changedSince', { entity: c.entity, id: c.id }));
    }
  }
}

function sourceOf(meta: unknown): string | undefined {
  return (meta as { source?: { sha256?: string } } | null)?.source?.sha256;
}

function historyView(doc: LoadedDocument): HistoryView {
  const { undo, redo } = undoStacks(doc.audit);
  return {
    entries: doc.audit.map(({ seq, at, by, action, summary, target }) => ({ seq, at, by, action, summary, ...(target !== undefined ? { target } : {}) })),
    canUndo: undo.length > 0,
    canRedo: redo.length > 0,
    undoSummary: undo.at(-1)?.summary ?? null,
    redoSummary: redo.at(-1)?.summary ?? null,
  };
}
