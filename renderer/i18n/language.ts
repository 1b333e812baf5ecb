import { en } from './en.ts';
import type { Messages } from './messages.ts';
import { zhCN } from './zhCN.ts';
import { UI_LANGUAGES, languageFor, type UiLanguage } from '../../shared/settings/userSettings.ts';

export const LANGUAGES = UI_LANGUAGES;
export type Language = UiLanguage;

export const DICTIONARIES: Record<Language, Messages> = { 'zh-CN': zhCN, en };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language to show: the one the reviewer chose (a setting), else the browser's preference
 * (any zh-* → 简体中文, since the reports are Chinese), else English.
 */
export function pickLanguage(chosen: string | null, preferred: readonly string[]): Language {
  return languageFor(isLanguage(chosen) ? chosen : null, preferred);
}
