import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import type { EvidenceView, RecordView } from '../../shared/api/views.ts';
import { buildHighlightDecorations, highlightField, setHighlights } from '../../renderer/editor/highlightField.ts';
import { highlightPlacer, highlightsAt, highlightsFromRecords } from '../../renderer/editor/highlightRanges.ts';
import { correctedCodePoint, rawCodePoint } from '../../shared/text/offsets.ts';
import { shownTextOf } from '../helpers/shownTextOf.ts';

function evidence(start: number, end: number, correctedStart = start, correctedEnd = end): EvidenceView {
  return { start: rawCodePoint(start), end: rawCodePoint(end), quote: '', prefix: '', suffix: '', correctedStart: correctedCodePoint(correctedStart), correctedEnd: correctedCodePoint(correctedEnd), correctedQuote: '' };
}

function record(id: string, status: RecordView['status'], spans: EvidenceView[]): RecordView {
  return {
    id, docId: 'd', indicator: 'x', region: '', year: null, kind: 'actual', measure: 'level', value: '1', unit: '', valueNormalized: null,
    baseUnit: null, qualifier: '', note: '', status, createdBy: 'a', createdAt: '', verifiedBy: null, verifiedAt: null,
    evidence: spans, reviewedText: [], corrections: [],
  };
}

describe('highlightsFromRecords', () => {
  // "𠀀" is one code point but two UTF-16 units: everything after it shifts by one in CodeMirror.
  const text = '𠀀地区生产总值达到 172.9 亿元';
  const raw = shownTextOf(text, 'raw');

  it('converts code points to UTF-16 and sorts by position', () => {
    const records = [record('b', 'verified', [evidence(7, 18)]), record('a', 'draft', [evidence(1, 7)])];
    const highlights = highlightsFromRecords(records, raw);
    expect(highlights.map((h) => [h.recordId, h.from, h.to])).toEqual([['a', 2, 8], ['b', 8, 19]]);
    expect(text.slice(highlights[1]!.from, highlights[1]!.to)).toBe('达到 172.9 亿元');
  });

  it('uses corrected offsets in the corrected view and drops spans a correction deleted', () => {
    const records = [record('a', 'needs_review', [evidence(1, 7, 0, 6)]), record('gone', 'orphaned', [evidence(3, 5, 4, 4)])];
    const highlights = highlightsFromRecords(records, shownTextOf(text, 'corrected'));
    expect(highlights).toEqual([{ from: 0, to: 7, status: 'needs_review', recordId: 'a' }]);
  });

  it('finds the innermost highlight under a position', () => {
    const highlights = highlightsFromRecords([record('outer', 'draft', [evidence(0, 18)]), record('inner', 'verified', [evidence(8, 13)])], raw);
    expect(highlightsAt(highlights, 10).map((h) => h.recordId)).toEqual(['inner', 'outer']);
    expect(highlightsAt(highlights, 1).map((h) => h.recordId)).toEqual(['outer']);
    expect(highlightsAt(highlights, 20)).toEqual([]);
  });
});

describe('highlightPlacer: highlights remembered per record for one shown text', () => {
  const text = '𠀀地区生产总值达到 172.9 亿元；𠀀一般公共预算收入 12.3 亿元';
  const raw = shownTextOf(text, 'raw');
  const records = [record('a', 'draft', [evidence(1, 7)]), record('b', 'verified', [evidence(7, 18)]), record('c', 'draft', [evidence(20, 28)])];

  it('places as highlightsFromRecords does', () => {
    expect(highlightPlacer()(records, raw)).toEqual(highlightsFromRecords(records, raw));
  });

  it('after a save places the changed and the added record and keeps every other highlight as it was', () => {
    const place = highlightPlacer();
    const before = place(records, raw);
    const verified = { ...records[0]!, status: 'verified' as const };
    const added = record('d', 'draft', [evidence(18, 20)]);
    const after = place([verified, records[1]!, added, records[2]!], raw);
    expect(after).toEqual(highlightsFromRecords([verified, records[1]!, added, records[2]!], raw));
    expect(after.find((h) => h.recordId === 'a')!.status).toBe('verified');
    expect(after.find((h) => h.recordId === 'b')).toBe(before.find((h) => h.recordId === 'b'));
    expect(after.find((h) => h.recordId === 'c')).toBe(before.find((h) => h.recordId === 'c'));
    expect(text.slice(after.find((h) => h.recordId === 'd')!.from, after.find((h) => h.recordId === 'd')!.to)).toBe('；𠀀');
  });

  it('places the same records again in another text (the corrected view, a new version)', () => {
    const place = highlightPlacer();
    // The corrected text drops the first 𠀀 (one code point, two UTF-16 units); the records say where they are in both.
    const both = [record('a', 'draft', [evidence(1, 7, 0, 6)]), record('c', 'draft', [evidence(20, 28, 19, 27)])];
    const first = place(both, raw);
    const corrected = shownTextOf(text, 'corrected', [{ start: 0, end: 2, after: '' }]);
    const moved = place(both, corrected);
    expect(moved).toEqual(highlightsFromRecords(both, corrected));
    expect(moved.map((h) => corrected.text.slice(h.from, h.to))).toEqual(['地区生产总值', '一般公共预算收入']);
    expect(first.map((h) => text.slice(h.from, h.to))).toEqual(['地区生产总值', '一般公共预算收入']);
  });
});

describe('highlight decorations', () => {
  // Bounded by work (20,000 marks), not by the clock: how fast is the bench's business (npm run bench, UI).
  it('builds 20,000 marks over a 5 MB text in a state field updated by an effect', () => {
    const line = '地区生产总值达到 172.9 亿元，同比增长 3.8%。\n';
    const text = line.repeat(Math.ceil(5_000_000 / (line.length * 3)));
    const step = Math.floor(text.length / 20_000);
    const records = Array.from({ length: 20_000 }, (_, i) => record(`r${i}`, i % 3 === 0 ? 'verified' : 'draft', [evidence(i * step, i * step + 8)]));
    const highlights = highlightsFromRecords(records, shownTextOf(text, 'raw'));
    const state = EditorState.create({ doc: text, extensions: [highlightField] });
    const next = state.update({ effects: setHighlights.of(highlights) }).state;
    expect(next.field(highlightField).decorations.size).toBe(20_000);
  });

  it('skips ranges outside the document instead of throwing', () => {
    const set = buildHighlightDecorations([{ from: 0, to: 3, status: 'draft', recordId: 'a' }, { from: 5, to: 99, status: 'draft', recordId: 'b' }], 10);
    expect(set.size).toBe(1);
  });
});
