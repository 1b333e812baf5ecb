import { openSearchPanel } from '@codemirror/search';
import { EditorView } from '@codemirror/view';
import { isTypingTarget } from '../keyboard/useGlobalShortcuts.ts';

/**
 * Edit → Undo / Redo from the menu: in a text field it undoes the typing there (as the field's own
 * Ctrl+Z would); anywhere else it is the document's history. Returns whether the field took it.
 */
export function undoInFocusedField(direction: 'undo' | 'redo'): boolean {
  const focused = document.activeElement;
  if (!isTypingTarget(focused)) return false;
  // execCommand is deprecated for rich editing but remains the way to reach a field's own undo stack.
  return document.execCommand(direction);
}

/** Edit → Find…: CodeMirror's search panel on the report text (as Ctrl/Cmd+F in the text does). */
export function openTextSearch(): boolean {
  const dom = document.querySelector<HTMLElement>('.report-editor .cm-editor');
  const view = dom ? EditorView.findFromDOM(dom) : null;
  if (!view) return false;
  return openSearchPanel(view);
}
