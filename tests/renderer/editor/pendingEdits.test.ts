import { ChangeSet, EditorState, Text } from '@codemirror/state';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addToPending, changesOf } from '../../../renderer/editor/pendingEdits.ts';
import { toCorrectedEdits, typingToCorrectedEdits, type CorrectedEdit } from '../../../renderer/text/shownText.ts';
import { shownTextOf } from '../../helpers/shownTextOf.ts';

/** What the service does with the edits, in code points: each one applied to the text the previous left. */
function applyInCodePoints(text: string, edits: readonly CorrectedEdit[]): string {
  let chars = [...text];
  for (const e of edits) chars = [...chars.slice(0, e.correctedFrom), ...e.insert, ...chars.slice(e.correctedTo)];
  return chars.join('');
}

describe('edit-mode typing → corrections', () => {
  it('composes keystrokes into one change read from the change set', () => {
    const base = '地区生产总值突破 170 亿元大关，达到 172.9 亿元';
    let state = EditorState.create({ doc: base });
    let pending = null as ReturnType<typeof addToPending> | null;
    const at = base.indexOf('大关');
    // Select "大关", type 关, then 口: three transactions, as CodeMirror sends them.
    for (const spec of [{ changes: { from: at, to: at + 2, insert: '关' } }, { changes: { from: at + 1, insert: '口' } }]) {
      const tr = state.update(spec);
      pending = addToPending(pending, 'd', state.doc, '\n', tr.changes);
      state = tr.state;
    }
    expect(changesOf(pending!.changes, '\n')).toEqual([{ from: at, to: at + 2, insert: '关口' }]);
    expect(pending!.base.toString()).toBe(base);
    const edits = toCorrectedEdits(base, changesOf(pending!.changes, '\n'));
    expect(edits).toEqual([{ correctedFrom: at, correctedTo: at + 2, insert: '关口' }]);
    expect(applyInCodePoints(base, edits)).toBe(state.doc.toString());
  });

  it('counts code points (𠀀 is two UTF-16 units) and sends the last change first', () => {
    const base = '𠀀甲乙𠀀丙丁';
    const changes = ChangeSet.of([{ from: 2, to: 3, insert: 'A' }, { from: 6, to: 7, insert: '' }], base.length);
    const edits = toCorrectedEdits(base, changesOf(changes, '\n'));
    expect(edits).toEqual([
      { correctedFrom: 4, correctedTo: 5, insert: '' },
      { correctedFrom: 1, correctedTo: 2, insert: 'A' },
    ]);
    expect(applyInCodePoints(base, edits)).toBe(changes.apply(Text.of([base])).toString());
  });

  it('widens a change that cuts a surrogate pair to the whole character, keeping the text the same', () => {
    const base = '甲𠀀乙';
    // Replace the low half only (a buggy input method could do this): the result must still be exact.
    const edits = toCorrectedEdits(base, [{ from: 2, to: 3, insert: 'X' }]);
    expect(edits).toEqual([{ correctedFrom: 1, correctedTo: 2, insert: '\ud840X' }]);
  });

  it('names the text each edit replaces, in code points past astral characters, with or without the shown index', () => {
    const base = '𠀀甲乙😀丙';
    const changes = [{ from: 3, to: 4, insert: 'X' }, { from: 4, to: 6, insert: '' }];
    const expected = [
      { correctedFrom: 3, correctedTo: 4, insert: '', expect: '😀' },
      { correctedFrom: 2, correctedTo: 3, insert: 'X', expect: '乙' },
    ];
    expect(typingToCorrectedEdits(base, changes, null)).toEqual(expected);
    expect(typingToCorrectedEdits(base, changes, shownTextOf(base, 'corrected'))).toEqual(expected);
  });

  it('applies any sequence of typing exactly as the editor shows it (property)', () => {
    const char = fc.constantFrom('a', '甲', '𠀀', '\n', ' ');
    const text = fc.array(char, { maxLength: 30 }).map((cs) => cs.join(''));
    const step = fc.record({ from: fc.nat(), len: fc.nat({ max: 4 }), insert: text });
    fc.assert(fc.property(text, fc.array(step, { minLength: 1, maxLength: 6 }), (base, steps) => {
      let state = EditorState.create({ doc: base });
      let pending = null as ReturnType<typeof addToPending> | null;
      for (const s of steps) {
        const length = state.doc.length;
        let from = Math.min(s.from, length);
        let to = Math.min(from + s.len, length);
        // CodeMirror's own commands never cut a surrogate pair; neither does this simulated typing.
        const doc = state.doc.toString();
        if (/[\udc00-\udfff]/.test(doc[from] ?? '')) from--;
        if (/[\udc00-\udfff]/.test(doc[to] ?? '')) to++;
        const tr = state.update({ changes: { from, to, insert: s.insert } });
        pending = addToPending(pending, 'd', state.doc, '\n', tr.changes);
        state = tr.state;
      }
      const edits = toCorrectedEdits(base, changesOf(pending!.changes, '\n'));
      expect(applyInCodePoints(base, edits)).toBe(state.doc.toString());
    }), { numRuns: 300 });
  });
});
