import { describe, expect, it } from 'vitest';
import { INITIAL_UI, uiReducer, type UiAction, type UiState } from '../../../renderer/app/uiStore.ts';

const run = (actions: UiAction[], from: UiState = INITIAL_UI) => actions.reduce(uiReducer, from);

describe('the UI store', () => {
  it('goes to a record from the project view: document view, record selected, its evidence to reveal once', () => {
    const state = run([{ type: 'mode', mode: 'project' }, { type: 'goToRecord', recordId: 'r_1' }]);
    expect(state).toMatchObject({ mode: 'document', selectedRecordId: 'r_1', pendingReveal: { recordId: 'r_1' } });
    expect(run([{ type: 'revealed' }], state).pendingReveal).toBeNull();
    // Asking twice for the same record reveals it twice.
    expect(run([{ type: 'goToRecord', recordId: 'r_1' }], state).pendingReveal).not.toBe(state.pendingReveal);
  });

  it('leaves edit mode when the text shown is not the corrected one, and edit mode shows the document', () => {
    const editing = run([{ type: 'mode', mode: 'project' }, { type: 'textView', diff: true, corrected: false }, { type: 'editMode', on: true }]);
    expect(editing).toMatchObject({ mode: 'document', showDiff: false, editMode: true });
    expect(run([{ type: 'textView', diff: false, corrected: true }], editing).editMode).toBe(true);
    expect(run([{ type: 'textView', diff: false, corrected: false }], editing).editMode).toBe(false);
    expect(run([{ type: 'textView', diff: true, corrected: false }], editing)).toMatchObject({ showDiff: true, editMode: false });
  });

  it('keeps the same state object when nothing changes (no re-render)', () => {
    expect(uiReducer(INITIAL_UI, { type: 'mode', mode: 'document' })).toBe(INITIAL_UI);
  });
});
