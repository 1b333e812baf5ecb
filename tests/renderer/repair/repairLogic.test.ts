import { describe, expect, it } from 'vitest';
import type { CorrectionView, FindingView } from '../../../shared/api/views.ts';
import { buildCodePointIndex } from '../../../shared/text/codePoints.ts';
import { diffMarksFromCorrections } from '../../../renderer/repair/diffMarks.ts';
import { flattenGroups, groupFindings, keepCurrent, neighbourFinding } from '../../../renderer/repair/findingList.ts';
import { findingOverlays, rangeInShown } from '../../../renderer/repair/spanRanges.ts';
import { buildCodePointCorrectionMap } from '../../../renderer/text/correctionMap.ts';

function finding(id: string, type: FindingView['type'], correctedStart: number, correctedEnd: number, extra: Partial<FindingView> = {}): FindingView {
  return {
    id, type, start: correctedStart, end: correctedEnd, correctedStart, correctedEnd, text: '', replacement: '', confidence: 0.9, reason: '',
    related: [], dismissed: false, ...extra,
  };
}

function correction(id: string, start: number, end: number, before: string, after: string, state: CorrectionView['state'] = 'active'): CorrectionView {
  return { id, docId: 'd', start, end, before, after, kind: 'edit', reason: '', author: 'a', at: '', state, correctedStart: null, correctedEnd: null };
}

describe('findings list', () => {
  const list = [finding('t1', 'typo', 50, 52), finding('b2', 'broken_line', 40, 42), finding('d1', 'duplicate', 10, 30), finding('b1', 'broken_line', 5, 7)];

  it('groups by type in a fixed order, each group in text order', () => {
    const groups = groupFindings(list);
    expect(groups.map((g) => [g.type, g.findings.map((f) => f.id)])).toEqual([['duplicate', ['d1']], ['broken_line', ['b1', 'b2']], ['typo', ['t1']]]);
  });

  it('steps through the flattened order, clamped at the ends', () => {
    const order = flattenGroups(groupFindings(list));
    expect(neighbourFinding(order, null, 1)?.id).toBe('d1');
    expect(neighbourFinding(order, 'b1', 1)?.id).toBe('b2');
    expect(neighbourFinding(order, 't1', 1)?.id).toBe('t1');
    expect(neighbourFinding(order, 'd1', -1)?.id).toBe('d1');
    expect(neighbourFinding([], null, 1)).toBeNull();
  });

  it('after a re-read keeps the same finding, or the one that took its place', () => {
    const before = flattenGroups(groupFindings(list));
    const after = before.filter((f) => f.id !== 'b1');
    expect(keepCurrent(before, after, 'b2')).toBe('b2');
    expect(keepCurrent(before, after, 'b1')).toBe('b2');
    expect(keepCurrent(before, after.slice(0, 1), 't1')).toBe('d1');
    expect(keepCurrent(before, [], 'b1')).toBeNull();
  });
});

describe('diff view marks from the corrections', () => {
  it('refines each replacement with diff-match-patch and keeps pure deletions and insertions whole', () => {
    const raw = '确保 PM_{2.5}、PM₁₀\n\n线路';
    const index = buildCodePointIndex(raw);
    const pm = raw.indexOf('PM_{2.5}');
    const br = raw.indexOf('\n\n');
    const marks = diffMarksFromCorrections(raw, index, [
      correction('c1', pm, pm + 8, 'PM_{2.5}', 'PM2.5'),
      correction('c2', br, br + 2, '\n\n', ''),
      correction('c3', 0, 0, '', '要'),
      correction('c4', 0, 2, '确保', '保证', 'reverted'),
    ]);
    expect(marks.deletions.map((d) => raw.slice(d.from, d.to))).toEqual(['_{', '}', '\n\n']);
    expect(marks.insertions).toEqual([{ at: 0, text: '要' }]);
  });

  it('places marks in UTF-16 after astral characters', () => {
    const raw = '𠀀甲乙丙';
    const marks = diffMarksFromCorrections(raw, buildCodePointIndex(raw), [correction('c1', 2, 3, '乙', '')]);
    expect(marks.deletions).toEqual([{ from: 3, to: 4 }]);
  });
});

describe('spans in the text on screen', () => {
  // Raw "甲\n\n乙丙" with the line breaks deleted: corrected "甲乙丙".
  const raw = '甲\n\n乙丙';
  const correctedText = '甲乙丙';
  const map = buildCodePointCorrectionMap(raw.length, [correction('c1', 1, 3, '\n\n', '')]);

  it('places raw spans in the corrected view and corrected spans in the raw view', () => {
    const corrected = { view: 'corrected' as const, index: buildCodePointIndex(correctedText) };
    const rawShown = { view: 'raw' as const, index: buildCodePointIndex(raw) };
    expect(rangeInShown(corrected, map, { raw: { start: 3, end: 5 } })).toEqual({ from: 1, to: 3 });
    expect(rangeInShown(rawShown, map, { corrected: { start: 2, end: 3 } })).toEqual({ from: 4, to: 5 });
    expect(rangeInShown(rawShown, map, { raw: { start: 3, end: 99 } })).toBeNull();
  });

  it('draws findings, the current one strong with its related places, and a sign for whitespace-only ones', () => {
    const shown = { view: 'raw' as const, index: buildCodePointIndex(raw) };
    const findings = [
      finding('br', 'broken_line', 1, 3, { text: '\n\n', related: [{ correctedStart: 3, correctedEnd: 5 }] }),
      finding('ty', 'typo', 3, 4, { text: '乙' }),
    ];
    const overlays = findingOverlays(shown, null, findings, 'br', (f) => f.id);
    expect(overlays).toEqual([
      { from: 1, to: 3, className: 'ov-finding ov-finding-broken_line ov-finding-current', title: 'br', id: 'finding:br', marker: '⏎⏎' },
      // Related places are corrected spans: without a map they cannot be placed in the raw view.
      { from: 3, to: 4, className: 'ov-finding ov-finding-typo', title: 'ty', id: 'finding:ty' },
    ]);
  });
});
