/**
 * What the launchers (`npm start`, `npm run serve`) build before they run: each part only when its build stamp
 * (buildStamp.js) says an input changed since it was last built, or it never was. `npm run build` always builds.
 * The builders (esbuild, Vite) are loaded only when a part is stale.
 */
import { BUILD_STAMPS, REPO_ROOT } from './buildLayout.ts';
import { staleReason } from './buildStamp.js';

export type BuildPart = keyof typeof BUILD_STAMPS;

export interface BuildStep {
  stamp: string;
  build(): Promise<unknown>;
}

export const BUILD_STEPS: Record<BuildPart, BuildStep> = {
  renderer: { stamp: BUILD_STAMPS.renderer, build: async () => (await import('./buildRenderer.ts')).buildRenderer() },
  electron: { stamp: BUILD_STAMPS.electron, build: async () => (await import('./buildElectron.ts')).buildElectron() },
  cli: { stamp: BUILD_STAMPS.cli, build: async () => (await import('./buildCli.ts')).buildCli() },
};

/**
 * Builds the stale steps one after another (a 2-core machine gains nothing from running them at once), saying
 * why; returns the names of those it built.
 */
export async function ensureBuilt<Name extends string>(
  names: readonly Name[], log: (line: string) => void,
  steps: Record<Name, BuildStep> = BUILD_STEPS as Record<string, BuildStep>, root = REPO_ROOT,
): Promise<Name[]> {
  const stale = names.flatMap((name) => {
    const reason = staleReason(steps[name].stamp, root);
    return reason === null ? [] : [{ name, reason }];
  });
  if (stale.length === 0) log(`build up to date (${names.join(', ')})`);
  for (const { name, reason } of stale) {
    log(`building ${name} (${reason})…`);
    await steps[name].build();
  }
  return stale.map((s) => s.name);
}
