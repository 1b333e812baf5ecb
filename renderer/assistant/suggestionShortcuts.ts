import type { ShortcutHandlers } from '../keyboard/useGlobalShortcuts.ts';
import type { SuggestionQueue } from './useSuggestionQueue.ts';

/**
 * The suggestion keys. They act only on a suggestion the reviewer can see: when the Suggestions tab is not
 * shown, the first press shows it (and the current suggestion) instead of accepting something unseen.
 */
export function suggestionShortcutHandlers(queue: SuggestionQueue, panelShown: boolean, showPanel: () => void): ShortcutHandlers {
  const when = (act: () => void) => () => (panelShown ? act() : showPanel());
  return {
    nextSuggestion: when(() => queue.step(1)),
    previousSuggestion: when(() => queue.step(-1)),
    acceptSuggestion: when(() => queue.accept(false)),
    acceptSuggestionVerified: when(() => queue.accept(true)),
    editSuggestion: when(queue.startEdit),
    rejectSuggestion: when(queue.reject),
  };
}
