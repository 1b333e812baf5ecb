import { useEffect, useRef } from 'react';
import { IS_MAC } from './platform.ts';
import { isSingleCharacterKey } from './singleKeyShortcuts.ts';
import { shortcutFor, type ShortcutAction } from './shortcuts.ts';

export type ShortcutHandlers = Partial<Record<ShortcutAction | 'escape', () => void>>;

/** Typing in a field is typing, not a command; the read-only report text is not a field. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  // …unless it is in edit mode (repair): then letters are typing there too.
  const editorContent = target.closest('.cm-content');
  if (editorContent) return editorContent.getAttribute('aria-readonly') === 'false';
  // A dialog opened by a panel (not through the app's dialog state) owns its keys.
  if (target.closest('dialog[open]')) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || target.isContentEditable;
}

/**
 * One window-level key handler for the app's single-key and Ctrl/Cmd shortcuts. Keys CodeMirror or a field
 * already handled (defaultPrevented), IME composition, and everything while a dialog is open, are left alone.
 */
export function useGlobalShortcuts(handlers: ShortcutHandlers, enabled: boolean, singleKeys = true): void {
  const latest = useRef({ handlers, enabled, singleKeys });
  latest.current = { handlers, enabled, singleKeys };

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || !latest.current.enabled) return;
      if (isTypingTarget(event.target)) return;
      if (event.key === 'Escape') {
        latest.current.handlers.escape?.();
        return;
      }
      // Single-key shortcuts turned off (WCAG 2.1.4): a letter is only a letter.
      if (!latest.current.singleKeys && isSingleCharacterKey(event)) return;
      const action = shortcutFor(event, IS_MAC);
      const handler = action && latest.current.handlers[action];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
