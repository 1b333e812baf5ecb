import type { HistoryView } from '../../shared/api/views.ts';
import type { SaveState } from '../state/useSaveStatus.ts';

/**
 * What the header says about saving. Every change is on disk when its call returns, so a document with a
 * history (after a reload, say) is "saved", not "no changes yet"; this window's own saves say the rest.
 */
export function shownSaveState(state: SaveState, history: Pick<HistoryView, 'entries'> | null): SaveState {
  return state === 'idle' && history !== null && history.entries.length > 0 ? 'saved' : state;
}
