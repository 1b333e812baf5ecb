import { useCallback, useLayoutEffect, useState } from 'react';
import { applyTheme, readTheme, rememberTheme, type Theme } from './theme.ts';

/** The theme chosen in the header or the View menu: applied to the page before it paints, and remembered. */
export function useTheme(): [Theme, (theme: Theme) => void] {
  const [theme, setThemeState] = useState<Theme>(readTheme);
  useLayoutEffect(() => applyTheme(theme), [theme]);
  const setTheme = useCallback((next: Theme) => {
    rememberTheme(next);
    setThemeState(next);
  }, []);
  return [theme, setTheme];
}
