import { UI_LANGUAGES, THEMES, type UserSettings, type UserSettingsPatch } from '../../shared/settings/userSettings.ts';
import { readSetting, writeSetting } from '../state/localSettings.ts';

/**
 * Before the main process owned them, the reviewer's name, language, theme and shortcut switch were kept in this
 * window's localStorage. Carried over once: a value the window had is taken where the main process still has its
 * default (a setting made elsewhere since wins), then the old keys are removed so they never come back.
 */
export interface LegacySettings {
  reviewer: string | null;
  language: string | null;
  theme: string | null;
  singleKeys: string | null;
}

export function legacySettingsPatch(local: LegacySettings, server: UserSettings): UserSettingsPatch {
  const patch: UserSettingsPatch = {};
  const reviewer = local.reviewer?.trim().slice(0, 100);
  if (reviewer && server.reviewer === null) patch.reviewer = reviewer;
  if (server.language === null && (UI_LANGUAGES as readonly (string | null)[]).includes(local.language)) patch.language = local.language as UserSettings['language'];
  if (server.theme === 'system' && local.theme !== 'system' && (THEMES as readonly (string | null)[]).includes(local.theme)) patch.theme = local.theme as UserSettings['theme'];
  if (server.singleKeyShortcuts && local.singleKeys === 'off') patch.singleKeyShortcuts = false;
  return patch;
}

export function readLegacySettings(): LegacySettings {
  return { reviewer: readSetting('reviewer'), language: readSetting('language'), theme: readSetting('theme'), singleKeys: readSetting('singleKeys') };
}

export function forgetLegacySettings(): void {
  for (const name of ['reviewer', 'language', 'theme', 'singleKeys'] as const) writeSetting(name, null);
}
