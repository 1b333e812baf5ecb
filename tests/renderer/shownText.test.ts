import { describe, expect, it } from 'vitest';
import type { CorrectionView } from '../../shared/api/views.ts';
import { buildCodePointCorrectionMap } from '../../renderer/text/correctionMap.ts';
import { addSpan } from '../../renderer/text/evidenceSpans.ts';
import { makeShownText, selectionToRawSpan } from '../../renderer/text/shownText.ts';

function correction(start: number, end: number, before: string, after: string, state: CorrectionView['state'] = 'active'): CorrectionView {
  return { id: `c${start}`, docId: 'd', start, end, before, after, kind: 'edit', reason: '', author: 'a', at: '', state, correctedStart: null, correctedEnd: null };
}

describe('selectionToRawSpan', () => {
  it('converts a raw-view selection to code points past astral characters', () => {
    const shown = makeShownText('d', 'raw', '𠀀𠀁达到 172.9 亿元', null);
    const from = shown.text.indexOf('达到');
    expect(selectionToRawSpan(shown, from, shown.text.length)).toEqual({ ok: true, start: 2, end: 13 });
  });

  it('never splits a surrogate pair', () => {
    const shown = makeShownText('d', 'raw', 'a𠀀b', null);
    expect(selectionToRawSpan(shown, 2, 4)).toEqual({ ok: true, start: 1, end: 3 });
  });

  it('maps a corrected-view selection back to raw evidence', () => {
    // raw: "地区生产\n\n总值达到 172.9 亿元"; a correction joins the broken line (removes "\n\n" at 4..6).
    const raw = '地区生产\n\n总值达到 172.9 亿元';
    const corrected = '地区生产总值达到 172.9 亿元';
    const map = buildCodePointCorrectionMap([...raw].length, [correction(4, 6, '\n\n', ''), correction(0, 1, '地', '天', 'reverted')]);
    const shown = makeShownText('d', 'corrected', corrected, map);
    const from = corrected.indexOf('达到');
    const span = selectionToRawSpan(shown, from, corrected.length);
    expect(span).toEqual({ ok: true, start: raw.indexOf('达到'), end: raw.length });
  });

  it('refuses a selection made only of inserted text, and empty selections', () => {
    const map = buildCodePointCorrectionMap(4, [correction(2, 2, '', '插入')]);
    const shown = makeShownText('d', 'corrected', 'ab插入cd', map);
    expect(selectionToRawSpan(shown, 2, 4)).toEqual({ ok: false, reason: 'insideInsertion' });
    expect(selectionToRawSpan(shown, 3, 3)).toEqual({ ok: false, reason: 'empty' });
  });

  it('counts an astral replacement as one code point', () => {
    const map = buildCodePointCorrectionMap(3, [correction(1, 2, 'x', '𠀀')]);
    expect(map.correctedLength).toBe(3);
  });
});

describe('addSpan', () => {
  it('adds a span in text order and merges overlaps', () => {
    expect(addSpan([{ start: 10, end: 20 }], { start: 0, end: 5 })).toEqual([{ start: 0, end: 5 }, { start: 10, end: 20 }]);
    expect(addSpan([{ start: 10, end: 20 }], { start: 18, end: 25 })).toEqual([{ start: 10, end: 25 }]);
    expect(addSpan([{ start: 10, end: 20 }], { start: 20, end: 22 })).toEqual([{ start: 10, end: 22 }]);
  });
});
