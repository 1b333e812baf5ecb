/**
 * Where the builds put their outputs' stamps (buildStamp.js), in one place: the builds write them and the
 * launchers and the CLI's bin read them without loading esbuild or Vite.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const BUILD_STAMPS = {
  renderer: join(REPO_ROOT, 'dist', 'renderer.stamp.json'),
  electron: join(REPO_ROOT, 'dist', 'electron.stamp.json'),
  cli: join(REPO_ROOT, 'dist', 'cli.stamp.json'),
} as const;
