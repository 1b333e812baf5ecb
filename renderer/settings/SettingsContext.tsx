import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ApiClient } from '../../shared/api/contract.ts';
import { DEFAULT_USER_SETTINGS, applySettingsPatch, parseUserSettings, type UserSettings, type UserSettingsPatch } from '../../shared/settings/userSettings.ts';
import { forgetLegacySettings, legacySettingsPatch, readLegacySettings } from './migrateLocalSettings.ts';

/**
 * The reviewer's settings as the main process holds them (`settings.get`), kept current: in Electron the main
 * process pushes every change (`window.workbench.onSettings`); in browser mode, which has no push, they are read
 * on load, taken from the answer of each change, and read again when the window gets the focus back (another tab
 * may have changed them). A change shows at once and is undone if the main process refuses it.
 */
interface SettingsValue {
  settings: UserSettings;
  update(patch: UserSettingsPatch): Promise<void>;
}

const SettingsContext = createContext<SettingsValue | null>(null);

export function SettingsProvider({ api, children }: { api: ApiClient; children: ReactNode }) {
  const [settings, setSettings] = useState<UserSettings | null>(null);
  const latest = useRef<UserSettings>(DEFAULT_USER_SETTINGS);
  const show = useCallback((next: UserSettings) => {
    latest.current = next;
    setSettings(next);
  }, []);

  useEffect(() => {
    let live = true;
    const read = async () => {
      const loaded = parseUserSettings(await api['settings.get']({}));
      if (live) show(loaded);
      return loaded;
    };
    void (async () => {
      try {
        const loaded = await read();
        const patch = legacySettingsPatch(readLegacySettings(), loaded);
        if (Object.keys(patch).length > 0) show(parseUserSettings(await api['settings.set'](patch)));
        forgetLegacySettings();
      } catch (e) {
        // The window still works on defaults; the reviewer is asked for a name as on a first run.
        console.error('could not read the settings:', e);
        if (live) setSettings((shown) => shown ?? { ...DEFAULT_USER_SETTINGS });
      }
    })();
    const pushed = window.workbench?.onSettings?.((next) => show(parseUserSettings(next)));
    const onFocus = () => void read().catch(() => undefined);
    if (!pushed) window.addEventListener('focus', onFocus);
    return () => {
      live = false;
      pushed?.();
      window.removeEventListener('focus', onFocus);
    };
  }, [api, show]);

  const update = useCallback(async (patch: UserSettingsPatch) => {
    const before = latest.current;
    show(applySettingsPatch(before, patch));
    try {
      show(parseUserSettings(await api['settings.set'](patch)));
    } catch (e) {
      show(before);
      throw e;
    }
  }, [api, show]);

  const value = useMemo(() => (settings ? { settings, update } : null), [settings, update]);
  // Nothing is drawn before the settings are known: no flash of the wrong language or theme, no needless name prompt.
  return value ? <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider> : null;
}

export function useSettings(): SettingsValue {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useSettings() outside <SettingsProvider>');
  return value;
}
