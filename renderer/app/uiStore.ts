import type { SideTab } from './sideTabs.ts';

/**
 * The window's UI state in one place: which view, which tab, which dialog, which record is selected and how
 * the text is shown. Server data is not here (see renderer/state/useWorkbenchData.ts); each feature keeps its
 * own form and list state. Pure: a reducer and its actions, tested without React.
 */
export type WorkbenchMode = 'document' | 'project' | 'dataset';
export type DialogName = 'help' | 'import' | 'export' | 'reviewer' | 'codebook' | 'settings' | 'docDetails';

export interface UiState {
  mode: WorkbenchMode;
  sideTab: SideTab;
  dialog: DialogName | null;
  selectedRecordId: string | null;
  /** An object, so asking twice for the same record reveals it twice. */
  pendingReveal: { recordId: string } | null;
  /** The Diff view: the raw text with the corrections drawn over it. */
  showDiff: boolean;
  /** Typing in the corrected text records corrections. */
  editMode: boolean;
}

export const INITIAL_UI: UiState = {
  mode: 'document',
  sideTab: 'record',
  dialog: null,
  selectedRecordId: null,
  pendingReveal: null,
  showDiff: false,
  editMode: false,
};

export type UiAction =
  | { type: 'mode'; mode: WorkbenchMode }
  | { type: 'sideTab'; tab: SideTab }
  | { type: 'dialog'; dialog: DialogName | null }
  | { type: 'selectRecord'; recordId: string | null }
  /** Select a record and show its evidence in the document view. */
  | { type: 'goToRecord'; recordId: string }
  | { type: 'revealed' }
  | { type: 'textView'; diff: boolean; corrected: boolean }
  | { type: 'editMode'; on: boolean };

export function uiReducer(state: UiState, action: UiAction): UiState {
  switch (action.type) {
    case 'mode':
      return state.mode === action.mode ? state : { ...state, mode: action.mode };
    case 'sideTab':
      return { ...state, sideTab: action.tab };
    case 'dialog':
      return { ...state, dialog: action.dialog };
    case 'selectRecord':
      return { ...state, selectedRecordId: action.recordId };
    case 'goToRecord':
      return { ...state, mode: 'document', selectedRecordId: action.recordId, pendingReveal: { recordId: action.recordId } };
    case 'revealed':
      return { ...state, pendingReveal: null };
    case 'textView':
      // Edit mode types into the corrected text only.
      return { ...state, showDiff: action.diff, editMode: action.corrected ? state.editMode : false };
    case 'editMode':
      return action.on
        ? { ...state, mode: 'document', showDiff: false, editMode: true }
        : { ...state, editMode: false };
  }
}
