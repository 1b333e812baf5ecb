import { describe, expect, it } from 'vitest';
import type { CorrectionView, FindingView } from '../../../shared/api/views.ts';
import { diffMarksFromCorrections } from '../../../renderer/repair/diffMarks.ts';
import { flattenGroups, groupFindings, keepCurrent, neighbourFinding } from '../../../renderer/repair/findingList.ts';
import { findingOverlays } from '../../../renderer/repair/spanRanges.ts';
import { spanOnScreen } from '../../../renderer/text/shownText.ts';
import { shownTextOf } from '../../helpers/shownTextOf.ts';
import { correctedCodePoint, rawCodePoint } from '../../../shared/text/offsets.ts';

function finding(id: string, type: FindingView['type'], correctedStart: number, correctedEnd: number, extra: Partial<FindingView> = {}): FindingView {
  return {
    id, type, start: rawCodePoint(correctedStart), end: rawCodePoint(correctedEnd), correctedStart: correctedCodePoint(correctedStart), correctedEnd: correctedCodePoint(correctedEnd), text: '', replacement: '', confidence: 0.9, reason: '',
    related: [], dismissed: false, ...extra,
  };
}

function correction(id: string, start: number, end: number, before: string, after: string, state: CorrectionView['state'] = 'active'): CorrectionView {
  return { id, docId: 'd', start: rawCodePoint(start), end: rawCodePoint(end), before, after, kind: 'edit', reason: '', author: 'a', at: '', state, correctedStart: null, correctedEnd: null };
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
    const pm = raw.indexOf('PM_{2.5}');
    const br = raw.indexOf('\n\n');
    const marks = diffMarksFromCorrections(shownTextOf(raw, 'raw'), [
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
    const marks = diffMarksFromCorrections(shownTextOf(raw, 'raw'), [correction('c1', 2, 3, '乙', '')]);
    expect(marks.deletions).toEqual([{ from: 3, to: 4 }]);
  });
});

describe('spans in the text on screen', () => {
  // Raw "甲\n\n乙丙" with the line breaks deleted: corrected "甲乙丙".
  const raw = '甲\n\n乙丙';
  const joined = [{ start: 1, end: 3, after: '' }];

  it('places raw spans in the corrected view and corrected spans in the raw view, through the service\'s map', () => {
    const corrected = shownTextOf(raw, 'corrected', joined);
    const rawShown = shownTextOf(raw, 'raw', joined);
    expect(corrected.text).toBe('甲乙丙');
    expect(spanOnScreen(corrected, { raw: { start: rawCodePoint(3), end: rawCodePoint(5) } })).toEqual({ from: 1, to: 3 });
    expect(spanOnScreen(rawShown, { corrected: { start: correctedCodePoint(2), end: correctedCodePoint(3) } })).toEqual({ from: 4, to: 5 });
    expect(spanOnScreen(rawShown, { raw: { start: rawCodePoint(3), end: rawCodePoint(99) } })).toBeNull();
    expect(spanOnScreen(corrected, { raw: { start: rawCodePoint(3), end: rawCodePoint(99) } })).toBeNull();
  });

  it('places spans past astral characters in UTF-16 of the text on screen', () => {
    // Raw "𠀀\n乙😀丙": the line break deleted; 𠀀 and 😀 are one code point, two UTF-16 units each.
    const astral = '𠀀\n乙😀丙';
    const corrected = shownTextOf(astral, 'corrected', [{ start: 2, end: 3, after: '' }]);
    expect(corrected.text).toBe('𠀀乙😀丙');
    // 丙 is raw code point 4, corrected code point 3, corrected UTF-16 units 5..6.
    const range = spanOnScreen(corrected, { raw: { start: rawCodePoint(4), end: rawCodePoint(5) } });
    expect(range).toEqual({ from: 5, to: 6 });
    expect(corrected.text.slice(range!.from, range!.to)).toBe('丙');
  });

  it('draws findings, the current one strong with its related places, and a sign for whitespace-only ones', () => {
    const shown = shownTextOf(raw, 'raw', joined);
    const findings = [
      finding('br', 'broken_line', 1, 3, { text: '\n\n', related: [{ correctedStart: correctedCodePoint(3), correctedEnd: correctedCodePoint(5) }] }),
      finding('ty', 'typo', 3, 4, { text: '乙' }),
    ];
    const overlays = findingOverlays(shown, findings, 'br', (f) => f.id);
    expect(overlays).toEqual([
      { from: 1, to: 3, className: 'ov-finding ov-finding-broken_line ov-finding-current', title: 'br', id: 'finding:br', marker: '⏎⏎' },
      // The related place lies past the end of the corrected text (a list read before the text changed): left out.
      { from: 3, to: 4, className: 'ov-finding ov-finding-typo', title: 'ty', id: 'finding:ty' },
    ]);
  });
});
