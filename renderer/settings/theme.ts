import { THEMES, type Theme } from '../../shared/settings/userSettings.ts';

/** Light, dark, or whatever the system prefers (the stylesheet follows prefers-color-scheme). */
export { THEMES, type Theme };

export function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

/** An explicit choice is a class on <html> (.theme-light / .theme-dark); "system" is no class at all. */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  root.classList.toggle('theme-light', theme === 'light');
  root.classList.toggle('theme-dark', theme === 'dark');
}
