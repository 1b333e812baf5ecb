import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WorkbenchError } from '../../../shared/errors/workbenchError.ts';
import { startHttpBridge, type HttpBridge } from '../http/httpBridge.ts';
import { importSampleReports, isNewProject } from '../project/sampleProject.ts';
import { openProjectSession, type ProjectSession } from '../project/projectSession.ts';
import { defaultUserDataDir } from '../project/userDataDir.ts';
import { createServices } from '../services/createServices.ts';
import { assertProjectLockFree } from '../store/projectLock.ts';

/**
 * Browser mode: the renderer and the services on 127.0.0.1 with a random token. `npm run serve` and `npm start`'s
 * fallback run it through electron/serveUntilStopped.ts. Without a project folder it opens the sample project.
 */
export const DEFAULT_STATIC_DIR = fileURLToPath(new URL('../../../dist/renderer/', import.meta.url));

export interface ServeOptions {
  project?: string;
  create?: boolean;
  port?: number;
  staticDir?: string;
  by?: string;
}

export interface ServeHandle {
  bridge: HttpBridge;
  session: ProjectSession;
  close(): Promise<void>;
}

export function projectDirOf(options: Pick<ServeOptions, 'project'>): string {
  return options.project ?? join(defaultUserDataDir(), 'projects', 'sample');
}

/**
 * The refusals serving would end in, checked before anything slow (a launcher's build): a folder named on the
 * command line that is not a project (a typo would otherwise become an empty project), or a project another
 * live process has open.
 */
export async function assertCanServe(options: Pick<ServeOptions, 'project' | 'create'>): Promise<void> {
  const dir = projectDirOf(options);
  if (options.project && !options.create && (await isNewProject(dir))) {
    throw new WorkbenchError('NOT_FOUND', `${dir} is not a project folder (no project.json); add --create to make a new project there`);
  }
  await assertProjectLockFree(dir);
}

export async function serve(options: ServeOptions): Promise<ServeHandle> {
  const dir = projectDirOf(options);
  const fresh = await isNewProject(dir);
  await assertCanServe(options);
  const session = await openProjectSession(dir, { create: true, owner: 'browser mode (npm run serve)' });
  try {
    const services = createServices(session);
    if (fresh && !options.project) await importSampleReports(services, options.by ?? 'sample');
    const staticDir = options.staticDir ?? DEFAULT_STATIC_DIR;
    const bridge = await startHttpBridge({ services, staticDir: existsSync(staticDir) ? staticDir : undefined, port: options.port });
    return {
      bridge, session,
      async close() {
        await bridge.close();
        await session.close();
      },
    };
  } catch (e) {
    await session.close();
    throw e;
  }
}
