import { useCallback } from 'react';
import { useSettings } from '../settings/SettingsContext.tsx';

/**
 * Whether keys without a modifier (j, v, y, a …) act as commands. WCAG 2.1.4: a reviewer using speech input or
 * prone to stray key presses can turn them off; Ctrl/Cmd chords, F2, Escape and the buttons keep working.
 * A setting the main process keeps, like the reviewer's name.
 */
export function useSingleKeyShortcuts(): boolean {
  return useSettings().settings.singleKeyShortcuts;
}

export function useSetSingleKeyShortcuts(): (on: boolean) => void {
  const { update } = useSettings();
  return useCallback((on: boolean) => {
    update({ singleKeyShortcuts: on }).catch((e: unknown) => console.error('could not save the shortcut setting:', e));
  }, [update]);
}

/** A printable key pressed without Ctrl, Cmd or Alt (Shift allowed: Shift+Y is still a single character). */
export function isSingleCharacterKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
  return !event.ctrlKey && !event.metaKey && !event.altKey && [...event.key].length === 1;
}
