import { readSetting, writeSetting } from '../state/localSettings.ts';

/** Light, dark, or whatever the system prefers (the stylesheet follows prefers-color-scheme). */
export const THEMES = ['light', 'dark', 'system'] as const;
export type Theme = (typeof THEMES)[number];

export function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

export function readTheme(): Theme {
  const stored = readSetting('theme');
  return isTheme(stored) ? stored : 'system';
}

export function rememberTheme(theme: Theme): void {
  writeSetting('theme', theme === 'system' ? null : theme);
}

/** An explicit choice is a class on <html> (.theme-light / .theme-dark); "system" is no class at all. */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  root.classList.toggle('theme-light', theme === 'light');
  root.classList.toggle('theme-dark', theme === 'dark');
}
