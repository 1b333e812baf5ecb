import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/i18n/en.ts';
import { pickLanguage } from '../../renderer/i18n/language.ts';
import { formatMessage } from '../../renderer/i18n/messages.ts';
import { zhCN } from '../../renderer/i18n/zhCN.ts';
import { formatChord, GLOBAL_SHORTCUTS, shortcutFor, type KeyEventLike } from '../../renderer/keyboard/shortcuts.ts';

const key = (k: string, mods: Partial<KeyEventLike> = {}): KeyEventLike => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('shortcuts', () => {
  it('maps single keys and platform modifiers to actions', () => {
    expect(shortcutFor(key('j'), false)).toBe('nextRecord');
    expect(shortcutFor(key('V', { shiftKey: true }), false)).toBeNull();
    expect(shortcutFor(key('z', { ctrlKey: true }), false)).toBe('undo');
    expect(shortcutFor(key('z', { metaKey: true }), true)).toBe('undo');
    expect(shortcutFor(key('z', { ctrlKey: true }), true)).toBeNull();
    expect(shortcutFor(key('Z', { ctrlKey: true, shiftKey: true }), false)).toBe('redo');
    expect(shortcutFor(key('y', { ctrlKey: true }), false)).toBe('redo');
    expect(shortcutFor(key('?', { shiftKey: true }), false)).toBe('help');
    expect(shortcutFor(key('j', { altKey: true }), false)).toBeNull();
  });

  it('has no two actions on the same chord', () => {
    const chords = GLOBAL_SHORTCUTS.flatMap((s) => s.chords.map((c) => JSON.stringify(c)));
    expect(new Set(chords).size).toBe(chords.length);
  });

  it('writes chords the way each platform does', () => {
    expect(formatChord({ key: 'z', mod: true, shift: true }, false)).toBe('Ctrl+Shift+Z');
    expect(formatChord({ key: 'z', mod: true, shift: true }, true)).toBe('⌘⇧Z');
    expect(formatChord({ key: 'Enter', mod: true }, false)).toBe('Ctrl+Enter');
  });
});

describe('i18n', () => {
  it('follows a stored choice, then the browser languages', () => {
    expect(pickLanguage('en', ['zh-CN'])).toBe('en');
    expect(pickLanguage(null, ['zh-TW', 'en'])).toBe('zh-CN');
    expect(pickLanguage(null, ['de-DE', 'en-GB'])).toBe('en');
    expect(pickLanguage('fr', ['fr-FR'])).toBe('en');
  });

  it('has the same placeholders in both dictionaries', () => {
    // `{n}` and the counted name of a plural choice, `{n, plural, one {…} other {…}}`.
    const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]))].sort();
    for (const k of Object.keys(en) as (keyof typeof en)[]) expect([k, placeholders(zhCN[k])]).toEqual([k, placeholders(en[k])]);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('{n} of {total}', { n: 2 })).toBe('2 of {total}');
  });
});
