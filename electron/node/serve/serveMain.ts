import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WorkbenchError } from '../../../shared/errors/workbenchError.ts';
import { startHttpBridge, type HttpBridge } from '../http/httpBridge.ts';
import { importSampleReports, isNewProject } from '../project/sampleProject.ts';
import { openProjectSession, type ProjectSession } from '../project/projectSession.ts';
import { defaultUserDataDir } from '../project/userDataDir.ts';
import { createServices } from '../services/createServices.ts';
import { sharedWorkerPool } from '../workers/workerPool.ts';
import { assertProjectLockFree } from '../store/projectLock.ts';
import { appServices } from '../services/appServices.ts';
import { fileLoggerIn, type WorkbenchLogger } from '../logging/fileLogger.ts';
import { settingsFileIn } from '../settings/settingsFile.ts';

/**
 * Browser mode: the renderer and the services on 127.0.0.1 with a random token. `npm run serve` and `npm start`'s
 * fallback run it through electron/serveUntilStopped.ts. Without a project folder it opens the sample project.
 * The reviewer's settings and the log live in the same user data folder as the Electron app's
 * (`settings.json`, `logs/workbench.log`; WORKBENCH_USER_DATA or `userDataDir` moves it), because they belong to
 * the person, not to a project: the name given in the browser is the one the app records, and the other way round.
 */
export const DEFAULT_STATIC_DIR = fileURLToPath(new URL('../../../dist/renderer/', import.meta.url));

export interface ServeOptions {
  project?: string;
  create?: boolean;
  port?: number;
  staticDir?: string;
  by?: string;
  /** The reviewer's settings and logs; by default the user data folder the Electron app uses. */
  userDataDir?: string;
  /** Also print logged errors on stderr (the command line does; tests do not). */
  echoLog?: boolean;
}

export interface ServeHandle {
  bridge: HttpBridge;
  session: ProjectSession;
  logger: WorkbenchLogger;
  close(): Promise<void>;
}

export function projectDirOf(options: Pick<ServeOptions, 'project' | 'userDataDir'>): string {
  return options.project ?? join(options.userDataDir ?? defaultUserDataDir(), 'projects', 'sample');
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
  // The window's first reads open a document and start its analyses: a worker thread ready by then saves them its start.
  sharedWorkerPool().warm();
  try {
    const userData = options.userDataDir ?? defaultUserDataDir();
    const logger = fileLoggerIn(userData, { echo: options.echoLog ?? false });
    const services = createServices(session, { app: appServices({ settings: settingsFileIn(userData), logger }) });
    if (fresh && !options.project) await importSampleReports(services, options.by ?? 'sample');
    const staticDir = options.staticDir ?? DEFAULT_STATIC_DIR;
    const bridge = await startHttpBridge({ services, staticDir: existsSync(staticDir) ? staticDir : undefined, port: options.port, logger });
    return {
      bridge, session, logger,
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
