import { useCallback, useLayoutEffect } from 'react';
import { useSettings } from './SettingsContext.tsx';
import { applyTheme, type Theme } from './theme.ts';

/** The theme chosen in the header or the View menu (a setting the main process keeps): applied before paint. */
export function useTheme(): [Theme, (theme: Theme) => void] {
  const { settings, update } = useSettings();
  useLayoutEffect(() => applyTheme(settings.theme), [settings.theme]);
  const setTheme = useCallback((next: Theme) => {
    update({ theme: next }).catch((e: unknown) => console.error('could not save the theme:', e));
  }, [update]);
  return [settings.theme, setTheme];
}
