import { StateEffect, StateField, type Range } from '@codemirror/state';
import { Decoration, EditorView, WidgetType, type DecorationSet } from '@codemirror/view';
import { visibleWhitespace } from './visibleWhitespace.ts';

/**
 * The diff view's marks over the RAW text (UTF-16): deleted raw text struck through in place, inserted
 * corrected text shown as an inline widget. Drawing over the raw text (rather than building a third text)
 * keeps record highlights, selection and search working unchanged in this view.
 */
export interface DiffMarks {
  deletions: readonly { from: number; to: number }[];
  insertions: readonly { at: number; text: string }[];
}

export const setDiffMarks = StateEffect.define<DiffMarks | null>();

class DiffWidget extends WidgetType {
  constructor(readonly text: string, readonly tag: 'ins' | 'del') {
    super();
  }
  override eq(other: DiffWidget): boolean {
    return other.text === this.text && other.tag === this.tag;
  }
  toDOM(): HTMLElement {
    const el = document.createElement(this.tag);
    el.className = this.tag === 'ins' ? 'diff-ins' : 'diff-del diff-del-sign';
    el.textContent = visibleWhitespace(this.text);
    return el;
  }
  override ignoreEvent(): boolean {
    return false;
  }
}

const deletionMark = Decoration.mark({ class: 'diff-del' });

export function buildDiffDecorations(marks: DiffMarks, doc: { length: number; sliceString(from: number, to: number): string }): DecorationSet {
  const ranges: Range<Decoration>[] = [];
  for (const d of marks.deletions) {
    if (d.to <= d.from || d.to > doc.length) continue;
    const deleted = doc.sliceString(d.from, d.to);
    ranges.push(deletionMark.range(d.from, d.to));
    // Deleted whitespace (a stray blank line) is invisible when struck; a struck ⏎ shows it.
    if (!deleted.trim()) ranges.push(Decoration.widget({ widget: new DiffWidget(deleted, 'del'), side: -1 }).range(d.from));
  }
  for (const i of marks.insertions) {
    if (i.at > doc.length || !i.text) continue;
    ranges.push(Decoration.widget({ widget: new DiffWidget(i.text, 'ins'), side: 1 }).range(i.at));
  }
  return Decoration.set(ranges, true);
}

export const diffField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(value, tr) {
    for (const effect of tr.effects) {
      if (effect.is(setDiffMarks)) return effect.value ? buildDiffDecorations(effect.value, tr.newDoc) : Decoration.none;
    }
    return tr.docChanged ? value.map(tr.changes) : value;
  },
  provide: (field) => EditorView.decorations.from(field),
});
