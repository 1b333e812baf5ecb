import { EditorView, highlightSpecialChars } from '@codemirror/view';

/**
 * A CRLF line keeps its "\r" as text, so positions on screen stay the text's own (lineBreaks.ts). Drawn as nothing,
 * each "\r" still counts one position, and a blank CRLF line keeps a line's height: a bare "\r" in the DOM gave
 * such a line no height, and the gutter's line numbers overlapped.
 */
export const hiddenCarriageReturns = [
  highlightSpecialChars({
    specialChars: /\r/g,
    render: () => {
      const mark = document.createElement('span');
      mark.className = 'cm-carriage-return';
      return mark;
    },
  }),
  EditorView.baseTheme({ '.cm-carriage-return': { display: 'inline-block', width: '0' } }),
];
