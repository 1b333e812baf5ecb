import { describe, expect, it } from 'vitest';
import { rawCodePoint } from '../../shared/text/offsets.ts';
import { addSpan } from '../../renderer/text/evidenceSpans.ts';
import { selectionToRawSpan, spanOnScreen } from '../../renderer/text/shownText.ts';
import { shownTextOf } from '../helpers/shownTextOf.ts';

const span = (start: number, end: number) => ({ start: rawCodePoint(start), end: rawCodePoint(end) });

describe('selectionToRawSpan', () => {
  it('converts a raw-view selection to code points past astral characters', () => {
    const shown = shownTextOf('𠀀𠀁达到 172.9 亿元', 'raw');
    const from = shown.text.indexOf('达到');
    expect(selectionToRawSpan(shown, from, shown.text.length)).toEqual({ ok: true, start: 2, end: 13 });
  });

  it('never splits a surrogate pair', () => {
    const shown = shownTextOf('a𠀀b', 'raw');
    expect(selectionToRawSpan(shown, 2, 4)).toEqual({ ok: true, start: 1, end: 3 });
  });

  it('maps a corrected-view selection back to raw evidence through the service\'s map', () => {
    // raw: "地区生产\n\n总值达到 172.9 亿元"; a correction joins the broken line (removes "\n\n" at 4..6).
    const raw = '地区生产\n\n总值达到 172.9 亿元';
    const shown = shownTextOf(raw, 'corrected', [{ start: 4, end: 6, after: '' }]);
    expect(shown.text).toBe('地区生产总值达到 172.9 亿元');
    const from = shown.text.indexOf('达到');
    expect(selectionToRawSpan(shown, from, shown.text.length)).toEqual({ ok: true, start: raw.indexOf('达到'), end: raw.length });
  });

  it('maps a corrected-view selection past astral characters on both sides of a correction', () => {
    // 𠀀 before the correction, an emoji inserted by it: raw and corrected code points differ from UTF-16 units.
    const raw = '𠀀郊区\n\n生产总值达到 172.9 亿元';
    const shown = shownTextOf(raw, 'corrected', [{ start: 4, end: 6, after: '😀' }]);
    expect(shown.text).toBe('𠀀郊区😀生产总值达到 172.9 亿元');
    const from = shown.text.indexOf('达到');
    const result = selectionToRawSpan(shown, from, shown.text.length);
    expect(result).toEqual({ ok: true, start: Array.from(raw.slice(0, raw.indexOf('达到'))).length, end: Array.from(raw).length });
    if (!result.ok) return;
    // The same span placed back on screen, in either view, covers the same words.
    for (const view of ['raw', 'corrected'] as const) {
      const onScreen = shownTextOf(raw, view, [{ start: 4, end: 6, after: '😀' }]);
      const back = spanOnScreen(onScreen, { raw: { start: result.start, end: result.end } });
      expect(onScreen.text.slice(back!.from, back!.to)).toBe('达到 172.9 亿元');
    }
  });

  it('refuses a selection made only of inserted text, and empty selections', () => {
    const shown = shownTextOf('abcd', 'corrected', [{ start: 2, end: 2, after: '插入' }]);
    expect(shown.text).toBe('ab插入cd');
    expect(selectionToRawSpan(shown, 2, 4)).toEqual({ ok: false, reason: 'insideInsertion' });
    expect(selectionToRawSpan(shown, 3, 3)).toEqual({ ok: false, reason: 'empty' });
  });

  it('counts an astral replacement as one code point in the service\'s map', () => {
    const shown = shownTextOf('axb', 'corrected', [{ start: 1, end: 2, after: '𠀀' }]);
    expect(shown.map.correctedLength).toBe(3);
    expect(shown.text.length).toBe(4);
  });
});

describe('addSpan', () => {
  it('adds a span in text order and merges overlaps', () => {
    expect(addSpan([span(10, 20)], span(0, 5))).toEqual([{ start: 0, end: 5 }, { start: 10, end: 20 }]);
    expect(addSpan([span(10, 20)], span(18, 25))).toEqual([{ start: 10, end: 25 }]);
    expect(addSpan([span(10, 20)], span(20, 22))).toEqual([{ start: 10, end: 22 }]);
  });
});
