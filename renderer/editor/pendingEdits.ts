import type { ChangeSet, Text } from '@codemirror/state';
import type { Utf16Change } from '../text/shownText.ts';

/**
 * The changes of a (composed) CodeMirror change set, read from the change set itself, never by diffing the
 * texts: what the reviewer replaced is exactly what gets recorded. Ascending, non-overlapping.
 */
export function changesOf(changes: ChangeSet, lineBreak: string): Utf16Change[] {
  const list: Utf16Change[] = [];
  changes.iterChanges((fromA, toA, _fromB, _toB, inserted) => {
    list.push({ from: fromA, to: toA, insert: inserted.sliceString(0, undefined, lineBreak) });
  });
  return list;
}

/** The reviewer's typing since the last commit: the text it started from and every change since, composed. */
export interface PendingEdits {
  docId: string;
  base: Text;
  /** The line separator the text is shown with (lineBreaks.ts): CodeMirror's Text does not keep it. */
  lineBreak: string;
  changes: ChangeSet;
}

/** The text the typing started from, with its own line separators. */
export function baseText(pending: PendingEdits): string {
  return pending.base.sliceString(0, undefined, pending.lineBreak);
}

export function addToPending(pending: PendingEdits | null, docId: string, startDoc: Text, lineBreak: string, changes: ChangeSet): PendingEdits {
  if (!pending) return { docId, base: startDoc, lineBreak, changes };
  return { ...pending, changes: pending.changes.compose(changes) };
}
