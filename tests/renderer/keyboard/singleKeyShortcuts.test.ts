import { describe, expect, it } from 'vitest';
import { isSingleCharacterKey } from '../../../renderer/keyboard/singleKeyShortcuts.ts';
import { formatChord, GLOBAL_SHORTCUTS, REPAIR_KEYS } from '../../../renderer/keyboard/shortcuts.ts';

const press = (key: string, mods: { ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean } = {}) =>
  ({ key, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('single-key shortcuts', () => {
  it('are the printable keys pressed without Ctrl, Cmd or Alt (Shift included)', () => {
    for (const key of ['y', 'Y', '?', 'j', '𠀀']) expect(isSingleCharacterKey(press(key)), key).toBe(true);
    expect(isSingleCharacterKey(press('z', { ctrlKey: true }))).toBe(false);
    expect(isSingleCharacterKey(press('z', { metaKey: true }))).toBe(false);
    expect(isSingleCharacterKey(press('y', { altKey: true }))).toBe(false);
    for (const key of ['F2', 'Escape', 'Enter', 'ArrowDown']) expect(isSingleCharacterKey(press(key)), key).toBe(false);
  });

  it('are shown as typed, so y never reads as Shift+Y', () => {
    expect(formatChord({ key: 'y' }, false)).toBe('y');
    expect(formatChord({ key: 'y', shift: true }, false)).toBe('Shift+Y');
    expect(formatChord({ key: 'y', shift: true }, true)).toBe('⇧Y');
    expect(formatChord({ key: 'z', mod: true }, false)).toBe('Ctrl+Z');
  });

  it('never give one key two meanings in one context', () => {
    const chordId = (c: { key: string; mod?: boolean; shift?: boolean; ctrl?: boolean }) =>
      `${c.mod ? 'mod+' : ''}${c.ctrl ? 'ctrl+' : ''}${c.shift ? 'shift+' : ''}${c.key.toLowerCase()}`;
    const global = GLOBAL_SHORTCUTS.flatMap((s) => s.chords.map(chordId));
    expect(new Set(global).size).toBe(global.length);
    const repairs = Object.values(REPAIR_KEYS).map(chordId);
    expect(new Set(repairs).size).toBe(repairs.length);
  });
});
