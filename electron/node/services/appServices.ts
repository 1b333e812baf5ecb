import type { AppMethod, ServiceTable } from '../../../shared/api/contract.ts';
import { fileLoggerIn, type WorkbenchLogger } from '../logging/fileLogger.ts';
import { settingsFileIn, type SettingsFile } from '../settings/settingsFile.ts';

/** The methods of the reviewer's app (APP_METHODS): they answer with or without a project open. */
export type AppServiceTable = Pick<ServiceTable, AppMethod>;

export interface AppServiceDeps {
  settings: SettingsFile;
  logger: WorkbenchLogger;
}

export function appServices({ settings, logger }: AppServiceDeps): AppServiceTable {
  return {
    'settings.get': () => settings.get(),
    'settings.set': (patch) => settings.update(patch),
    async 'log.error'({ message, detail }) {
      logger.error('renderer', message, detail || undefined);
      return { logged: true, file: logger.file };
    },
  };
}

/** The app services of the user data folder `userDataDir`: its settings.json and its logs/ folder. */
export function appServicesIn(userDataDir: string, options: { echo?: boolean } = {}): AppServiceTable {
  return appServices({ settings: settingsFileIn(userDataDir), logger: fileLoggerIn(userDataDir, options) });
}
