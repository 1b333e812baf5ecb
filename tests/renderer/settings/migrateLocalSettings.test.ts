import { describe, expect, it } from 'vitest';
import { legacySettingsPatch } from '../../../renderer/settings/migrateLocalSettings.ts';
import { DEFAULT_USER_SETTINGS } from '../../../shared/settings/userSettings.ts';

describe('carrying the window\'s old localStorage settings over to the main process', () => {
  const none = { reviewer: null, language: null, theme: null, singleKeys: null };

  it('takes each value the window had where the main process still has its default', () => {
    expect(legacySettingsPatch({ reviewer: ' 张审核 ', language: 'zh-CN', theme: 'dark', singleKeys: 'off' }, DEFAULT_USER_SETTINGS))
      .toEqual({ reviewer: '张审核', language: 'zh-CN', theme: 'dark', singleKeyShortcuts: false });
    expect(legacySettingsPatch(none, DEFAULT_USER_SETTINGS)).toEqual({});
  });

  it('never overrides a setting made since, and drops values the settings do not know', () => {
    const server = { reviewer: 'Ann', language: 'en' as const, theme: 'light' as const, singleKeyShortcuts: true };
    expect(legacySettingsPatch({ reviewer: 'Bob', language: 'zh-CN', theme: 'dark', singleKeys: null }, server)).toEqual({});
    expect(legacySettingsPatch({ reviewer: '   ', language: 'fr', theme: 'sepia', singleKeys: 'maybe' }, DEFAULT_USER_SETTINGS)).toEqual({});
  });
});
