import { RangeSetBuilder, StateEffect, StateField, type EditorState } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';
import type { RecordStatus } from '../../shared/records/indicatorRecord.ts';
import { RECORD_STATUSES } from '../../shared/records/indicatorRecord.ts';
import type { Highlight } from './highlightRanges.ts';

/**
 * Record highlights live in a StateField replaced wholesale by an effect: the editor is created once and
 * records change through transactions. One shared mark per status keeps 20,000 highlights cheap.
 */
const statusMarks = Object.fromEntries(
  RECORD_STATUSES.map((status) => [status, Decoration.mark({ class: `hl hl-${status}`, attributes: { 'data-status': status } })]),
) as Record<RecordStatus, Decoration>;

const selectedMark = Decoration.mark({ class: 'hl-selected' });

export const setHighlights = StateEffect.define<readonly Highlight[]>();
export const setSelectedRanges = StateEffect.define<readonly { from: number; to: number }[]>();

interface HighlightState {
  highlights: readonly Highlight[];
  decorations: DecorationSet;
}

/** Builds the decoration set from highlights already sorted by `from` (highlightsFromRecords sorts). */
export function buildHighlightDecorations(highlights: readonly Highlight[], docLength: number): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  for (const h of highlights) {
    if (h.to > docLength || h.to <= h.from) continue;
    builder.add(h.from, h.to, statusMarks[h.status]);
  }
  return builder.finish();
}

export const highlightField = StateField.define<HighlightState>({
  create: () => ({ highlights: [], decorations: Decoration.none }),
  update(value, tr) {
    for (const effect of tr.effects) {
      if (effect.is(setHighlights)) return { highlights: effect.value, decorations: buildHighlightDecorations(effect.value, tr.newDoc.length) };
    }
    if (!tr.docChanged) return value;
    // The app replaces the text together with new highlights; a change without them is the reviewer typing in
    // edit mode, and the highlights follow the words until the saved correction brings fresh ones.
    const highlights = value.highlights
      .map((h) => ({ ...h, from: tr.changes.mapPos(h.from, 1), to: tr.changes.mapPos(h.to, -1) }))
      .filter((h) => h.to > h.from);
    return { highlights, decorations: value.decorations.map(tr.changes) };
  },
  provide: (field) => EditorView.decorations.from(field, (value) => value.decorations),
});

/** The selected record's spans, drawn over the status colour; a separate small field so selecting is O(1). */
export const selectedRecordField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(value, tr) {
    for (const effect of tr.effects) {
      if (effect.is(setSelectedRanges)) {
        const builder = new RangeSetBuilder<Decoration>();
        for (const r of [...effect.value].sort((a, b) => a.from - b.from)) {
          if (r.to <= tr.newDoc.length && r.to > r.from) builder.add(r.from, r.to, selectedMark);
        }
        return builder.finish();
      }
    }
    return tr.docChanged ? value.map(tr.changes) : value;
  },
  provide: (field) => EditorView.decorations.from(field),
});

export function currentHighlights(state: EditorState): readonly Highlight[] {
  return state.field(highlightField).highlights;
}
