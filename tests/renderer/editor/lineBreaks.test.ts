import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { lineSeparatorOf } from '../../../renderer/editor/lineBreaks.ts';
import { addToPending, baseText, changesOf } from '../../../renderer/editor/pendingEdits.ts';

// Our own sentences; each with a different kind of line break.
const LINES = ['一、过去一年工作回顾', '地区生产总值达到 88.6 亿元，', '同比增长 5.2%。'];
const TEXTS = {
  LF: LINES.join('\n'),
  CRLF: LINES.join('\r\n'),
  CR: LINES.join('\r'),
  'LF with a stray CR': `${LINES[0]}\r${LINES[1]}\n${LINES[2]}`,
  'none': LINES.join(''),
};

const stateOf = (text: string) => EditorState.create({ doc: text, extensions: EditorState.lineSeparator.of(lineSeparatorOf(text)) });

describe('lineSeparatorOf', () => {
  it('breaks on "\\n" when the text has one, on "\\r" only when that is all it has', () => {
    expect(lineSeparatorOf(TEXTS.LF)).toBe('\n');
    expect(lineSeparatorOf(TEXTS.CRLF)).toBe('\n');
    expect(lineSeparatorOf(TEXTS['LF with a stray CR'])).toBe('\n');
    expect(lineSeparatorOf(TEXTS.CR)).toBe('\r');
    expect(lineSeparatorOf(TEXTS.none)).toBe('\n');
  });

  it.each(Object.entries(TEXTS))('keeps every UTF-16 unit of a %s text a position of its own, so offsets are the text\'s', (_, text) => {
    const state = stateOf(text);
    expect(state.doc.length).toBe(text.length);
    expect(state.sliceDoc()).toBe(text);
    const at = text.indexOf('88.6');
    expect(state.sliceDoc(at, at + '88.6 亿元'.length)).toBe('88.6 亿元');
  });

  it('shows a CRLF text line by line, and a CR-only text too', () => {
    expect(stateOf(TEXTS.CRLF).doc.lines).toBe(3);
    expect(stateOf(TEXTS.CR).doc.lines).toBe(3);
  });

  it('sends typing in a CR-only text with its own line breaks, from a base equal to the text', () => {
    let state = stateOf(TEXTS.CR);
    const at = TEXTS.CR.indexOf('，') + 1;
    const tr = state.update({ changes: { from: at, insert: state.lineBreak } });
    const pending = addToPending(null, 'd', state.doc, state.lineBreak, tr.changes);
    state = tr.state;
    expect(baseText(pending)).toBe(TEXTS.CR);
    expect(changesOf(pending.changes, pending.lineBreak)).toEqual([{ from: at, to: at, insert: '\r' }]);
  });
});
