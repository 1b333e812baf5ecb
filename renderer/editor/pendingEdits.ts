import type { ChangeSet, Text } from '@codemirror/state';
import { buildCodePointIndex, splitsSurrogatePair, type CodePointIndex } from '../../shared/text/codePoints.ts';

/** One change of the reviewer's typing, in UTF-16 positions of the text it was made in (the "base"). */
export interface Utf16Change {
  from: number;
  to: number;
  insert: string;
}

/** What corrections.editCorrected takes: code points in the corrected text as the service holds it. */
export interface CorrectedEdit {
  correctedFrom: number;
  correctedTo: number;
  insert: string;
}

/**
 * The changes of a (composed) CodeMirror change set, read from the change set itself, never by diffing the
 * texts: what the reviewer replaced is exactly what gets recorded. Ascending, non-overlapping.
 */
export function changesOf(changes: ChangeSet): Utf16Change[] {
  const list: Utf16Change[] = [];
  changes.iterChanges((fromA, toA, _fromB, _toB, inserted) => {
    list.push({ from: fromA, to: toA, insert: inserted.toString() });
  });
  return list;
}

/**
 * Converts changes made in `base` (the corrected text the service last returned) to code-point edits, LAST
 * FIRST: each one is then sent to the service while the text before it is still as the reviewer saw it, so
 * no position needs adjusting for the edits already sent. A change that cuts a surrogate pair is widened to
 * the whole character, carrying the kept half into the insert, so the result is the same text.
 */
export function toCorrectedEdits(base: string, changes: readonly Utf16Change[], index?: CodePointIndex): CorrectedEdit[] {
  const cp = index ?? buildCodePointIndex(base);
  const edits: CorrectedEdit[] = [];
  for (const change of changes) {
    let { from, to, insert } = change;
    if (splitsSurrogatePair(base, from)) {
      insert = base.slice(from - 1, from) + insert;
      from -= 1;
    }
    if (to > from && splitsSurrogatePair(base, to)) {
      insert += base.slice(to, to + 1);
      to += 1;
    }
    if (from === to && insert === '') continue;
    edits.push({ correctedFrom: cp.toCodePoint(from), correctedTo: cp.toCodePoint(to), insert });
  }
  return edits.reverse();
}

/** The reviewer's typing since the last commit: the text it started from and every change since, composed. */
export interface PendingEdits {
  docId: string;
  base: Text;
  changes: ChangeSet;
}

export function addToPending(pending: PendingEdits | null, docId: string, startDoc: Text, changes: ChangeSet): PendingEdits {
  if (!pending) return { docId, base: startDoc, changes };
  return { ...pending, changes: pending.changes.compose(changes) };
}
