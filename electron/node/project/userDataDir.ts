import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the user's projects live when no folder is named: the platform's user data folder (the same place
 * Electron's app.getPath('userData') points to for this app name).
 */
export function defaultUserDataDir(appName = 'indicator-workbench'): string {
  if (process.env.WORKBENCH_USER_DATA) return process.env.WORKBENCH_USER_DATA;
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), appName);
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', appName);
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), appName);
}
