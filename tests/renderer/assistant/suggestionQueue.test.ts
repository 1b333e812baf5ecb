import { describe, expect, it } from 'vitest';
import type { SuggestionView } from '../../../shared/api/views.ts';
import { pendingSuggestions, placeOf, queuePosition, resolveCurrent, stepFrom } from '../../../renderer/assistant/suggestionQueue.ts';
import { suggestionFields, suggestionSpan, suggestionToDraft } from '../../../renderer/assistant/suggestionRecord.ts';
import { SUGGESTION_OVERLAY_PREFIX, suggestionIdOfOverlay, suggestionOverlays, suggestionRange } from '../../../renderer/assistant/suggestionOverlays.ts';
import { correctedCodePoint, rawCodePoint } from '../../../shared/text/offsets.ts';
import { shownTextOf } from '../../helpers/shownTextOf.ts';

function suggestion(id: string, start: number, end: number, extra: Partial<SuggestionView> = {}): SuggestionView {
  return {
    id, docId: 'd', indicator: '地区生产总值', region: '郊区', year: 2022, kind: 'actual', measure: 'level', value: '172.9', unit: '亿元',
    qualifier: '', valueNormalized: '17290000000', baseUnit: 'yuan', confidence: 0.8, reason: 'r', reasons: [],
    evidence: { start: rawCodePoint(start), end: rawCodePoint(end), quote: 'q', correctedStart: correctedCodePoint(start), correctedEnd: correctedCodePoint(end), correctedQuote: 'q' },
    dismissed: false, recordedAs: null, ...extra,
  };
}

describe('suggestion queue', () => {
  const a = suggestion('a', 10, 20);
  const b = suggestion('b', 10, 30);
  const c = suggestion('c', 40, 50);
  const recorded = suggestion('r', 5, 8, { recordedAs: 'r_1' });
  const rejected = suggestion('x', 6, 9, { dismissed: true });

  it('keeps the open ones, in text order', () => {
    expect(pendingSuggestions([c, recorded, b, rejected, a]).map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(pendingSuggestions([c, b, a], new Set(['b'])).map((s) => s.id)).toEqual(['a', 'c']);
  });

  it('moves on to the next one when the current one leaves the queue, and to the last at the end', () => {
    expect(resolveCurrent([a, b, c], null)?.id).toBe('a');
    expect(resolveCurrent([a, b, c], placeOf(b))?.id).toBe('b');
    expect(resolveCurrent([a, c], placeOf(b))?.id).toBe('c');
    expect(resolveCurrent([a, b], placeOf(c))?.id).toBe('b');
    expect(resolveCurrent([], placeOf(c))).toBeNull();
  });

  it('steps without wrapping and counts from 1', () => {
    expect(stepFrom([a, b, c], 'a', 1)?.id).toBe('b');
    expect(stepFrom([a, b, c], 'c', 1)?.id).toBe('c');
    expect(stepFrom([a, b, c], 'a', -1)?.id).toBe('a');
    expect(queuePosition([a, b, c], 'b')).toEqual({ index: 2, total: 3 });
    expect(queuePosition([], null)).toEqual({ index: 0, total: 0 });
  });

  it('records a suggestion with its fields and its raw evidence span', () => {
    const s = suggestion('s', 104, 133, { qualifier: '突破', year: null });
    expect(suggestionSpan(s)).toEqual({ start: 104, end: 133 });
    expect(suggestionFields(s)).toEqual({
      indicator: '地区生产总值', region: '郊区', year: null, kind: 'actual', measure: 'level', value: '172.9', unit: '亿元', qualifier: '突破', note: '',
    });
    expect(suggestionToDraft(s)).toMatchObject({ year: '', qualifier: '突破', value: '172.9' });
  });
});

describe('suggestion overlays', () => {
  // "𠀀" is one code point, two UTF-16 units: the overlay must shift by one after it.
  const text = '𠀀地区生产总值达到 172.9 亿元';
  const s = suggestion('s', 7, 18, { evidence: { start: rawCodePoint(7), end: rawCodePoint(18), quote: '', correctedStart: correctedCodePoint(1), correctedEnd: correctedCodePoint(7), correctedQuote: '' } });

  it('places evidence in UTF-16 positions of the view on screen', () => {
    expect(suggestionRange(shownTextOf(text, 'raw'), s)).toEqual({ from: 8, to: 19 });
    expect(suggestionRange(shownTextOf(text, 'corrected'), s)).toEqual({ from: 2, to: 8 });
  });

  it('draws the current one differently and marks every one as clickable', () => {
    const t = suggestion('t', 1, 7);
    const overlays = suggestionOverlays([t, s], 's', shownTextOf(text, 'raw'));
    expect(overlays.map((o) => o.className)).toEqual(['suggestion-mark', 'suggestion-mark suggestion-current']);
    expect(suggestionIdOfOverlay(overlays[1]!.id!)).toBe('s');
    expect(suggestionIdOfOverlay('finding:1')).toBeNull();
    expect(overlays[0]!.id!.startsWith(SUGGESTION_OVERLAY_PREFIX)).toBe(true);
    expect(suggestionOverlays([s], 's', shownTextOf(text, 'raw', [], 'other'))).toEqual([]);
  });
});
