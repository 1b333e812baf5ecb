/**
 * What this window remembers for itself in localStorage (the last document, the text view). The reviewer's
 * settings (name, language, theme, shortcut switch) are the main process's (SettingsContext); their old keys
 * here are read once, to carry them over. Storage can be absent or refuse writes (private windows, quotas): a
 * preference is then simply not remembered.
 */
const PREFIX = 'iw_';

export type SettingName = 'reviewer' | 'language' | 'lastDocId' | 'textView' | 'theme' | 'singleKeys';

export function readSetting(name: SettingName): string | null {
  try {
    return window.localStorage.getItem(PREFIX + name);
  } catch {
    return null;
  }
}

export function writeSetting(name: SettingName, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(PREFIX + name);
    else window.localStorage.setItem(PREFIX + name, value);
  } catch {
    // Not remembered; the app still works for this session.
  }
}
