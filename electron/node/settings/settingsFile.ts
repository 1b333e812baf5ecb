import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { applySettingsPatch, parseUserSettings, type UserSettings, type UserSettingsPatch } from '../../../shared/settings/userSettings.ts';
import { writeFileAtomic } from '../store/atomicWrite.ts';

/**
 * The reviewer's settings file, `<userData>/settings.json`: the same folder for the Electron app, browser mode
 * and the CLI (see userDataDir.ts), so a name given in one is the name recorded by all. Read afresh on every
 * `get` (a few bytes; another process of the same user may have changed it), written atomically, and changes
 * are told to subscribers (the main process pushes them to the window and rebuilds its menu). A missing or
 * damaged file means defaults, field by field: settings are never a reason not to start.
 */
export interface SettingsFile {
  readonly path: string;
  get(): Promise<UserSettings>;
  /** Applies a change and returns the settings as they now are. Changes are serialized, none is lost. */
  update(patch: UserSettingsPatch): Promise<UserSettings>;
  /** Called after every change, with the new settings; returns the unsubscribe function. */
  subscribe(listener: (settings: UserSettings) => void): () => void;
}

export const SETTINGS_FILE_NAME = 'settings.json';

export function settingsFileIn(userDataDir: string): SettingsFile {
  const path = join(userDataDir, SETTINGS_FILE_NAME);
  const listeners = new Set<(settings: UserSettings) => void>();
  let queue: Promise<unknown> = Promise.resolve();

  const read = async (): Promise<UserSettings> => {
    const text = await readFile(path, 'utf8').catch(() => null);
    if (text === null) return parseUserSettings({});
    try {
      return parseUserSettings(JSON.parse(text));
    } catch {
      return parseUserSettings({});
    }
  };

  return {
    path,
    get: read,
    update(patch) {
      const run = queue.catch(() => undefined).then(async () => {
        const next = applySettingsPatch(await read(), patch);
        await mkdir(dirname(path), { recursive: true });
        await writeFileAtomic(path, JSON.stringify(next, null, 2) + '\n');
        for (const listener of listeners) {
          try {
            listener(next);
          } catch {
            // A subscriber's failure (a closed window) does not undo a setting that was saved.
          }
        }
        return next;
      });
      queue = run;
      return run;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
