import { suggestionShortcutHandlers } from '../assistant/suggestionShortcuts.ts';
import { useSingleKeyShortcuts } from '../keyboard/singleKeyShortcuts.ts';
import { useGlobalShortcuts } from '../keyboard/useGlobalShortcuts.ts';
import { openTextSearch, undoInFocusedField } from './menuEditing.ts';
import { useMenuEvents } from './useMenuEvents.ts';
import type { Workbench } from './useWorkbench.ts';
import type { WorkbenchMode } from './uiStore.ts';

/** The window's keyboard shortcuts and the Electron menu's commands (absent in browser mode), bound to the features. */
export function useWorkbenchKeys(w: Workbench): void {
  const { ui, dispatch, editing, suggestions, suggestionsShown, save, data } = w;
  const setMode = (mode: WorkbenchMode) => dispatch({ type: 'mode', mode });
  const singleKeys = useSingleKeyShortcuts();
  useGlobalShortcuts({
    help: () => dispatch({ type: 'dialog', dialog: 'help' }),
    nextRecord: () => w.moveSelection(1),
    previousRecord: () => w.moveSelection(-1),
    verify: () => editing.setStatus('verified'),
    reject: () => editing.setStatus('rejected'),
    reopen: () => editing.setStatus('draft'),
    edit: editing.startEdit,
    focusIndicator: editing.focusIndicator,
    toggleText: () => w.changeTextView(ui.showDiff || data.textView === 'raw' ? 'corrected' : 'raw'),
    toggleEditMode: w.toggleEditMode,
    documentMode: () => setMode('document'),
    projectMode: () => setMode('project'),
    datasetMode: () => setMode('dataset'),
    undo: () => w.undoRedo('undo'),
    redo: () => w.undoRedo('redo'),
    ...suggestionShortcutHandlers(suggestions, suggestionsShown, () => {
      setMode('document');
      dispatch({ type: 'sideTab', tab: 'suggestions' });
    }),
    escape: () => {
      if (save.error) save.dismissError();
      else if (editing.editingRecord) editing.cancelEdit();
      else if (suggestionsShown && suggestions.editing) suggestions.cancelEdit();
    },
  }, ui.dialog === null && w.reviewer !== null, singleKeys);

  useMenuEvents({
    undo: () => undoInFocusedField('undo') || w.undoRedo('undo'),
    redo: () => undoInFocusedField('redo') || w.undoRedo('redo'),
    find: () => {
      setMode('document');
      openTextSearch();
    },
    'view:raw': () => w.changeTextView('raw'),
    'view:corrected': () => w.changeTextView('corrected'),
    // The main process imported reports (File menu): the push event marks the project's lists stale.
    'docs:changed': data.projectChanged,
  });
}
