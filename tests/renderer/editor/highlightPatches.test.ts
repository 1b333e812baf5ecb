import { EditorState } from '@codemirror/state';
import type { DecorationSet } from '@codemirror/view';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildHighlightDecorations, highlightField, setHighlights } from '../../../renderer/editor/highlightField.ts';
import { highlightChanges, highlightPlacer, highlightsFromRecords } from '../../../renderer/editor/highlightRanges.ts';
import { recordView } from '../../helpers/recordView.ts';
import { savedLists } from '../../helpers/savedLists.ts';
import { shownTextOf } from '../../helpers/shownTextOf.ts';

// Some spans reach past the end of the text (dropped, as a stale record's would be).
const TEXT = '地区生产总值达到 172.9 亿元，𠀀增长 5.1%。\n'.repeat(15);
const shown = shownTextOf(TEXT, 'raw');

/** A decoration set as (from, to, class) triples, in order. */
function marks(set: DecorationSet): string[] {
  const out: string[] = [];
  set.between(0, TEXT.length, (from, to, deco) => void out.push(`${from}-${to} ${String(deco.spec.class)}`));
  return out.sort();
}

describe('highlights following saves', () => {
  it('after any sequence of saves are placed as a whole placement would place them, in the same order', () => {
    fc.assert(fc.property(savedLists, (lists) => {
      const place = highlightPlacer();
      for (const list of lists) expect(place(list, shown)).toEqual(highlightsFromRecords(list, shown));
    }), { numRuns: 200 });
  });

  it('after any sequence of saves draw the marks the whole list draws', () => {
    fc.assert(fc.property(savedLists, (lists) => {
      const place = highlightPlacer();
      let state = EditorState.create({ doc: TEXT, extensions: [highlightField] });
      for (const list of lists) {
        const highlights = place(list, shown);
        state = state.update({ effects: setHighlights.of(highlights) }).state;
        expect(state.field(highlightField).highlights).toBe(highlights);
        expect(marks(state.field(highlightField).decorations)).toEqual(marks(buildHighlightDecorations(highlightsFromRecords(list, shown), TEXT.length)));
      }
    }), { numRuns: 200 });
  });

  it('say what a save changed, so the editor draws only that; a list placed whole says nothing', () => {
    const place = highlightPlacer();
    const list = [recordView({ id: 'a', start: 1 }), recordView({ id: 'b', start: 30 })];
    const first = place(list, shown);
    expect(highlightChanges(first)).toBeUndefined();
    const verified = { ...list[1]!, status: 'verified' as const };
    const second = place([list[0]!, verified], shown);
    expect(highlightChanges(second)).toEqual({ previous: first, removed: [first[1]], added: [second[1]] });
    expect(second[0]).toBe(first[0]);
    // Another text (a new version, the other view): placed whole.
    expect(highlightChanges(place([list[0]!, verified], shownTextOf(TEXT, 'corrected')))).toBeUndefined();
  });

  it('a save in 20,000 highlights keeps every untouched chunk of the decoration set', () => {
    const big = '地区生产总值达到 172.9 亿元。\n'.repeat(8000);
    const text = shownTextOf(big, 'raw');
    const list = Array.from({ length: 20_000 }, (_, i) => recordView({ id: `r${String(i).padStart(5, '0')}`, start: i * 7 }));
    const place = highlightPlacer();
    let state = EditorState.create({ doc: big, extensions: [highlightField] });
    state = state.update({ effects: setHighlights.of(place(list, text)) }).state;
    const before = state.field(highlightField).decorations;
    const saved = list.map((r, i) => (i === 12_345 ? { ...r, status: 'verified' as const } : r));
    state = state.update({ effects: setHighlights.of(place(saved, text)) }).state;
    const after = state.field(highlightField).decorations;
    expect(after.size).toBe(20_000);
    // Unchanged chunks are the same objects: CodeMirror compares (and redraws) only the one that changed.
    const chunks = (set: DecorationSet) => (set as unknown as { chunk: object[] }).chunk;
    const shared = chunks(after).filter((c) => chunks(before).includes(c)).length;
    expect(shared).toBeGreaterThanOrEqual(chunks(after).length - 2);
  });
});
