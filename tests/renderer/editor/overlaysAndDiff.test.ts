import { EditorState, Text } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { buildDiffDecorations } from '../../../renderer/editor/diffField.ts';
import { minimalChange } from '../../../renderer/editor/minimalChange.ts';
import { buildOverlayDecorations, overlayField, overlaysAt, setOverlays } from '../../../renderer/editor/overlayField.ts';
import { visibleWhitespace } from '../../../renderer/editor/visibleWhitespace.ts';

describe('overlay layer', () => {
  const doc = '甲乙丙丁\n\n戊己庚辛';

  it('draws marks for spans with extent and a marker sign where asked, skipping what is outside the text', () => {
    const set = buildOverlayDecorations([
      { from: 4, to: 6, className: 'ov-finding', marker: '⏎⏎', id: 'finding:x' },
      { from: 0, to: 2, className: 'ov-other' },
      { from: 3, to: 3, className: 'empty' },
      { from: 8, to: 99, className: 'outside' },
    ], doc.length);
    const seen: [number, number, string][] = [];
    set.between(0, doc.length, (from, to, value) => {
      seen.push([from, to, value.spec.widget ? 'widget' : String(value.spec.class)]);
    });
    expect(seen).toEqual([[0, 2, 'overlay ov-other'], [4, 4, 'widget'], [4, 6, 'overlay ov-finding']]);
  });

  it('follows typing until the app sends fresh overlays, and reports the innermost clickable one', () => {
    let state = EditorState.create({ doc, extensions: [overlayField] });
    state = state.update({ effects: setOverlays.of([{ from: 0, to: 8, className: 'a', id: 'outer' }, { from: 6, to: 8, className: 'b', id: 'inner' }, { from: 6, to: 7, className: 'c' }]) }).state;
    expect(overlaysAt(state, 6).map((o) => o.id)).toEqual(['inner', 'outer']);
    state = state.update({ changes: { from: 0, insert: '前' } }).state;
    expect(overlaysAt(state, 7).map((o) => [o.id, o.from, o.to])).toEqual([['inner', 7, 9], ['outer', 1, 9]]);
    expect(overlaysAt(state, 0)).toEqual([]);
  });
});

describe('diff marks', () => {
  it('strikes deletions in place, shows insertions as widgets and gives deleted line breaks a visible sign', () => {
    const raw = 'PM_{2.5}达标\n\n线';
    const set = buildDiffDecorations({ deletions: [{ from: 2, to: 4 }, { from: 10, to: 12 }], insertions: [{ at: 8, text: '率' }] }, Text.of(raw.split('\n')));
    const kinds: string[] = [];
    set.between(0, raw.length, (from, to, value) => {
      kinds.push(`${from}-${to}:${value.spec.widget ? 'widget' : String(value.spec.class)}`);
    });
    expect(kinds).toEqual(['2-4:diff-del', '8-8:widget', '10-10:widget', '10-12:diff-del']);
  });

  it('makes whitespace visible', () => {
    expect(visibleWhitespace('a b\n\n\t\u3000')).toBe('a·b⏎⏎⇥□');
  });
});

describe('minimalChange (showing a refreshed text without replacing it)', () => {
  it('finds the one changed region', () => {
    expect(minimalChange('专用\n\n线、动力', '专用线、动力')).toEqual({ from: 2, to: 4, insert: '' });
    expect(minimalChange('PM_{2.5}', 'PM2.5')).toEqual({ from: 2, to: 8, insert: '2.5' });
    expect(minimalChange('same', 'same')).toBeNull();
  });

  it('never cuts a surrogate pair', () => {
    // 𠀀 and 𠀁 share their high surrogate: a naive prefix would end inside the character.
    const change = minimalChange('甲𠀀乙', '甲𠀁乙')!;
    expect(change).toEqual({ from: 1, to: 3, insert: '𠀁' });
  });
});
