import { useSyncExternalStore } from 'react';
import { readSetting, writeSetting } from '../state/localSettings.ts';

/**
 * Whether keys without a modifier (j, v, y, a …) act as commands. WCAG 2.1.4: a reviewer using speech input or
 * prone to stray key presses can turn them off; Ctrl/Cmd chords, F2, Escape and the buttons keep working.
 */
const CHANGED = 'iw-single-keys-changed';

export function singleKeyShortcutsOn(): boolean {
  return readSetting('singleKeys') !== 'off';
}

export function setSingleKeyShortcuts(on: boolean): void {
  writeSetting('singleKeys', on ? null : 'off');
  window.dispatchEvent(new Event(CHANGED));
}

/** A printable key pressed without Ctrl, Cmd or Alt (Shift allowed: Shift+Y is still a single character). */
export function isSingleCharacterKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
  return !event.ctrlKey && !event.metaKey && !event.altKey && [...event.key].length === 1;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(CHANGED, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(CHANGED, onChange);
    window.removeEventListener('storage', onChange);
  };
}

export function useSingleKeyShortcuts(): boolean {
  return useSyncExternalStore(subscribe, singleKeyShortcutsOn, () => true);
}
