import { z } from 'zod';

/**
 * The reviewer's own settings: who they are, the language and theme of the window and its menus, and whether
 * single-key shortcuts act (WCAG 2.1.4). Owned by the main process (one file per user, beside the projects), so
 * the window, the menus and every action a menu starts agree on them; the window reads them through the API.
 */
export const UI_LANGUAGES = ['zh-CN', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const THEMES = ['light', 'dark', 'system'] as const;
export type Theme = (typeof THEMES)[number];

export interface UserSettings {
  /** Recorded as `by` on every change made from the window or its menus; null until the reviewer gives it. */
  reviewer: string | null;
  /** null: follow the system (the browser's or the operating system's languages). */
  language: UiLanguage | null;
  theme: Theme;
  singleKeyShortcuts: boolean;
}

export const DEFAULT_USER_SETTINGS: UserSettings = Object.freeze({ reviewer: null, language: null, theme: 'system', singleKeyShortcuts: true });

const reviewerName = z.string().trim().min(1, 'a reviewer name is required').max(100);

/** A change: only the settings named change. Unknown keys are refused (a typo must not be silently dropped). */
export const userSettingsPatchSchema = z.strictObject({
  reviewer: reviewerName.nullable().optional(),
  language: z.enum(UI_LANGUAGES).nullable().optional(),
  theme: z.enum(THEMES).optional(),
  singleKeyShortcuts: z.boolean().optional(),
});
export type UserSettingsPatch = z.output<typeof userSettingsPatchSchema>;

// Read field by field: a hand-edited or older file keeps what is still good and defaults the rest.
const storedSchema = z.object({
  reviewer: reviewerName.nullable().catch(null),
  language: z.enum(UI_LANGUAGES).nullable().catch(null),
  theme: z.enum(THEMES).catch('system'),
  singleKeyShortcuts: z.boolean().catch(true),
});

export function parseUserSettings(json: unknown): UserSettings {
  const parsed = storedSchema.safeParse(json !== null && typeof json === 'object' ? json : {});
  return parsed.success ? parsed.data : { ...DEFAULT_USER_SETTINGS };
}

export function applySettingsPatch(settings: UserSettings, patch: UserSettingsPatch): UserSettings {
  const next = { ...settings };
  if (patch.reviewer !== undefined) next.reviewer = patch.reviewer;
  if (patch.language !== undefined) next.language = patch.language;
  if (patch.theme !== undefined) next.theme = patch.theme;
  if (patch.singleKeyShortcuts !== undefined) next.singleKeyShortcuts = patch.singleKeyShortcuts;
  return next;
}

/** The language to show: the one chosen, else the first of the system's preferred ones we speak, else English. */
export function languageFor(chosen: UiLanguage | null, preferred: readonly string[]): UiLanguage {
  if (chosen) return chosen;
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower === 'zh' || lower.startsWith('zh-') || lower.startsWith('zh_')) return 'zh-CN';
    if (lower === 'en' || lower.startsWith('en-') || lower.startsWith('en_')) return 'en';
  }
  return 'en';
}
