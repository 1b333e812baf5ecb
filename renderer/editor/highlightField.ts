import { RangeSetBuilder, StateEffect, StateField, type EditorState } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';
import type { RecordStatus } from '../../shared/records/indicatorRecord.ts';
import { RECORD_STATUSES } from '../../shared/records/indicatorRecord.ts';
import { highlightChanges, type Highlight, type HighlightChanges } from './highlightRanges.ts';

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

/**
 * The decorations after the highlights changed by `changes` (see highlightChanges): the marks of the removed
 * highlights leave and those of the added ones enter, and every chunk of the set they do not touch is kept, so
 * the editor also compares only those. Marks are shared per status, so a removed highlight takes away one mark of
 * its extent and status (two records with the same span and status draw the same marks).
 */
export function patchHighlightDecorations(decorations: DecorationSet, changes: HighlightChanges, docLength: number): DecorationSet {
  const drawn = (h: Highlight) => h.to <= docLength && h.to > h.from;
  const toRemove = new Map<string, number>();
  let filterFrom = docLength;
  let filterTo = 0;
  for (const h of changes.removed) {
    if (!drawn(h)) continue;
    const key = `${h.from}:${h.to}:${h.status}`;
    toRemove.set(key, (toRemove.get(key) ?? 0) + 1);
    filterFrom = Math.min(filterFrom, h.from);
    filterTo = Math.max(filterTo, h.to);
  }
  const add = changes.added.filter(drawn).map((h) => statusMarks[h.status].range(h.from, h.to));
  return decorations.update({
    add,
    sort: true,
    ...(toRemove.size === 0 ? {} : {
      filterFrom,
      filterTo,
      filter: (from: number, to: number, mark: Decoration) => {
        const key = `${from}:${to}:${statusOfMark.get(mark)}`;
        const left = toRemove.get(key) ?? 0;
        if (left === 0) return true;
        toRemove.set(key, left - 1);
        return false;
      },
    }),
  });
}

const statusOfMark = new Map<Decoration, RecordStatus>(Object.entries(statusMarks).map(([status, mark]) => [mark, status as RecordStatus]));

export const highlightField = StateField.define<HighlightState>({
  create: () => ({ highlights: [], decorations: Decoration.none }),
  update(value, tr) {
    for (const effect of tr.effects) {
      if (!effect.is(setHighlights)) continue;
      // A list patched from the one shown (a save): only its changes are drawn; anything else is drawn whole.
      const changes = tr.docChanged ? undefined : highlightChanges(effect.value);
      const decorations = changes && changes.previous === value.highlights
        ? patchHighlightDecorations(value.decorations, changes, tr.newDoc.length)
        : buildHighlightDecorations(effect.value, tr.newDoc.length);
      return { highlights: effect.value, decorations };
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
