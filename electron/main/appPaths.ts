import { join } from 'node:path';

/**
 * Every path the main process uses, from two roots passed in explicitly: the app folder
 * (app.getAppPath(): the repository in development, resources/app.asar when packaged — both hold
 * dist/, data/ and package.json in the same places) and the user data folder.
 */
export interface AppPaths {
  appRoot: string;
  rendererDir: string;
  rendererIndex: string;
  preload: string;
  reportsDir: string;
  userData: string;
  projectsDir: string;
  sampleProjectDir: string;
  stateFile: string;
}

export function appPaths(appRoot: string, userData: string): AppPaths {
  const rendererDir = join(appRoot, 'dist', 'renderer');
  const projectsDir = join(userData, 'projects');
  return {
    appRoot,
    rendererDir,
    rendererIndex: join(rendererDir, 'index.html'),
    preload: join(appRoot, 'dist', 'electron', 'preload', 'preload.cjs'),
    reportsDir: join(appRoot, 'data', 'reports'),
    userData,
    projectsDir,
    sampleProjectDir: join(projectsDir, 'sample'),
    stateFile: join(userData, 'app-state.json'),
  };
}
