import type { MessageKey } from '../i18n/messages.ts';

/**
 * The app's keyboard shortcuts: one list drives both the key handling and the help sheet, so the sheet
 * can never advertise a key that does nothing.
 */
export type ShortcutAction =
  | 'help' | 'nextRecord' | 'previousRecord' | 'verify' | 'reject' | 'reopen' | 'edit' | 'undo' | 'redo'
  | 'toggleText' | 'focusIndicator' | 'documentMode' | 'projectMode' | 'datasetMode'
  // assistant
  | 'nextSuggestion' | 'previousSuggestion' | 'acceptSuggestion' | 'acceptSuggestionVerified' | 'editSuggestion' | 'rejectSuggestion'
  // repair
  | 'toggleEditMode';

export interface KeyChord {
  key: string;
  /** Ctrl on Windows/Linux, Cmd on macOS. */
  mod?: boolean;
  shift?: boolean;
  /** Exactly Ctrl, on every platform (Ctrl+Y). */
  ctrl?: boolean;
}

export interface Shortcut {
  action: ShortcutAction;
  chords: KeyChord[];
  description: MessageKey;
}

export const GLOBAL_SHORTCUTS: readonly Shortcut[] = [
  { action: 'help', chords: [{ key: '?', shift: true }], description: 'shortcut.help' },
  { action: 'nextRecord', chords: [{ key: 'j' }], description: 'shortcut.nextRecord' },
  { action: 'previousRecord', chords: [{ key: 'k' }], description: 'shortcut.previousRecord' },
  { action: 'verify', chords: [{ key: 'v' }], description: 'shortcut.verify' },
  { action: 'reject', chords: [{ key: 'x' }], description: 'shortcut.reject' },
  { action: 'reopen', chords: [{ key: 'r' }], description: 'shortcut.reopen' },
  { action: 'edit', chords: [{ key: 'e' }], description: 'shortcut.edit' },
  { action: 'focusIndicator', chords: [{ key: 'i' }], description: 'shortcut.focusIndicator' },
  { action: 'toggleText', chords: [{ key: 't' }], description: 'shortcut.toggleText' },
  { action: 'documentMode', chords: [{ key: 'd' }], description: 'shortcut.documentMode' },
  { action: 'projectMode', chords: [{ key: 'a' }], description: 'shortcut.projectMode' },
  { action: 'datasetMode', chords: [{ key: 'g' }], description: 'shortcut.datasetMode' },
  { action: 'undo', chords: [{ key: 'z', mod: true }], description: 'shortcut.undo' },
  { action: 'redo', chords: [{ key: 'z', mod: true, shift: true }, { key: 'y', ctrl: true }], description: 'shortcut.redo' },
  // assistant: the suggestion queue (Shift+E / Shift+X mirror e / x on records)
  { action: 'nextSuggestion', chords: [{ key: 'n' }], description: 'shortcut.nextSuggestion' },
  { action: 'previousSuggestion', chords: [{ key: 'p' }], description: 'shortcut.previousSuggestion' },
  { action: 'acceptSuggestion', chords: [{ key: 'y' }], description: 'shortcut.acceptSuggestion' },
  { action: 'acceptSuggestionVerified', chords: [{ key: 'y', shift: true }], description: 'shortcut.acceptSuggestionVerified' },
  { action: 'editSuggestion', chords: [{ key: 'e', shift: true }], description: 'shortcut.editSuggestion' },
  { action: 'rejectSuggestion', chords: [{ key: 'x', shift: true }], description: 'shortcut.rejectSuggestion' },
  // repair: F2 works while typing in the text too (the editor handles it there, see ReportEditor)
  { action: 'toggleEditMode', chords: [{ key: 'F2' }], description: 'shortcut.toggleEditMode' },
];

/** Keys of the Repairs tab's findings list while it has focus (handled there; see renderer/repair/). */
export const REPAIR_KEYS = {
  accept: { key: 'a' },
  reject: { key: 'r' },
  edit: { key: 'e' },
  next: { key: 'j' },
  previous: { key: 'k' },
} as const satisfies Record<string, KeyChord>;

/** Chords handled by CodeMirror and the record form rather than the global handler. */
export const SEARCH_CHORD: KeyChord = { key: 'f', mod: true };
export const SAVE_DRAFT_CHORD: KeyChord = { key: 'Enter' };
export const SAVE_VERIFY_CHORD: KeyChord = { key: 'Enter', mod: true };

/** Keys handled elsewhere (CodeMirror, the form, dialogs), listed in the help sheet only. */
export const OTHER_SHORTCUTS: readonly { chords: KeyChord[]; description: MessageKey; where: 'text' | 'form' | 'anywhere' | 'repairs' }[] = [
  { chords: [SEARCH_CHORD], description: 'shortcut.search', where: 'text' },
  { chords: [{ key: 'Enter' }], description: 'shortcut.enterInText', where: 'text' },
  { chords: [SAVE_DRAFT_CHORD], description: 'shortcut.saveDraft', where: 'form' },
  { chords: [SAVE_VERIFY_CHORD], description: 'shortcut.saveVerify', where: 'form' },
  { chords: [{ key: 'Escape' }], description: 'shortcut.close', where: 'anywhere' },
  // repair: keys of the focused findings list (they shadow the record keys only there)
  { chords: [REPAIR_KEYS.accept], description: 'shortcut.repairAccept', where: 'repairs' },
  { chords: [REPAIR_KEYS.reject], description: 'shortcut.repairReject', where: 'repairs' },
  { chords: [REPAIR_KEYS.edit], description: 'shortcut.repairEdit', where: 'repairs' },
  { chords: [REPAIR_KEYS.next, REPAIR_KEYS.previous], description: 'shortcut.repairNext', where: 'repairs' },
];

export interface KeyEventLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export function chordMatches(chord: KeyChord, event: KeyEventLike, isMac: boolean): boolean {
  if (event.altKey) return false;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (key !== chord.key) return false;
  if (chord.ctrl) return event.ctrlKey && !event.metaKey && !event.shiftKey;
  const mod = isMac ? event.metaKey : event.ctrlKey;
  const otherMod = isMac ? event.ctrlKey : event.metaKey;
  if (otherMod || mod !== !!chord.mod) return false;
  // '?' is typed with Shift on most layouts but not all: for printable symbols Shift is not checked.
  if (/^[a-z]$/.test(chord.key) || chord.key === 'Enter') return event.shiftKey === !!chord.shift;
  return true;
}

export function shortcutFor(event: KeyEventLike, isMac: boolean): ShortcutAction | null {
  for (const shortcut of GLOBAL_SHORTCUTS) {
    if (shortcut.chords.some((chord) => chordMatches(chord, event, isMac))) return shortcut.action;
  }
  return null;
}

/** "Ctrl+Shift+Z" / "⌘⇧Z": a chord as the reviewer's platform writes it. */
export function formatChord(chord: KeyChord, isMac: boolean): string {
  // A lone letter is shown as typed (y), so it never reads as Shift+Y; with a modifier, as keyboards print it.
  const bare = !chord.mod && !chord.ctrl && !chord.shift;
  const key = chord.key.length === 1 ? (bare ? chord.key.toLowerCase() : chord.key.toUpperCase()) : chord.key === 'Escape' ? 'Esc' : chord.key;
  if (chord.key === '?') return '?';
  if (isMac) return `${chord.ctrl ? '⌃' : ''}${chord.mod ? '⌘' : ''}${chord.shift ? '⇧' : ''}${key}`;
  return [chord.ctrl || chord.mod ? 'Ctrl' : '', chord.shift ? 'Shift' : '', key].filter(Boolean).join('+');
}

export function isMacPlatform(platform: string): boolean {
  return /mac|iphone|ipad/i.test(platform);
}

/** "Ctrl+Shift+Z / Ctrl+Y": every chord of an action, for button tooltips. */
export function keysForAction(action: ShortcutAction, isMac: boolean): string {
  const shortcut = GLOBAL_SHORTCUTS.find((s) => s.action === action);
  return shortcut ? shortcut.chords.map((c) => formatChord(c, isMac)).join(' / ') : '';
}
