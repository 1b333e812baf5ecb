import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { WorkbenchError, serializeError } from '../../../shared/errors/workbenchError.ts';
import { startHttpBridge, type HttpBridge } from '../http/httpBridge.ts';
import { importSampleReports, isNewProject } from '../project/sampleProject.ts';
import { openProjectSession, type ProjectSession } from '../project/projectSession.ts';
import { defaultUserDataDir } from '../project/userDataDir.ts';
import { createServices } from '../services/createServices.ts';

/**
 * Browser mode: `npm run serve -- [--project DIR [--create]] [--port P]` serves the renderer and the services on
 * 127.0.0.1 with a random token and prints the URL. Without --project it opens the sample project.
 */
export const DEFAULT_STATIC_DIR = fileURLToPath(new URL('../../../dist/renderer/', import.meta.url));

export interface ServeHandle {
  bridge: HttpBridge;
  session: ProjectSession;
  close(): Promise<void>;
}

export async function serve(options: { project?: string; create?: boolean; port?: number; staticDir?: string; by?: string }): Promise<ServeHandle> {
  const dir = options.project ?? join(defaultUserDataDir(), 'projects', 'sample');
  const fresh = await isNewProject(dir);
  // A folder named on the command line is opened, never silently turned into an empty project (a typo would).
  if (fresh && options.project && !options.create) {
    throw new WorkbenchError('NOT_FOUND', `${dir} is not a project folder (no project.json); add --create to make a new project there`);
  }
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

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { project: { type: 'string' }, create: { type: 'boolean' }, port: { type: 'string' }, static: { type: 'string' } }, strict: true });
  const port = values.port ? Number(values.port) : undefined;
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) throw new Error(`--port must be a port number (got ${values.port})`);
  const handle = await serve({ project: values.project, create: values.create ?? false, port, staticDir: values.static });
  if (!existsSync(values.static ?? DEFAULT_STATIC_DIR)) process.stderr.write('warning: no renderer build found (run `npm run build`); serving the API only\n');
  process.stdout.write(`${handle.bridge.url}\n`);
  process.stderr.write(`Indicator Workbench (browser mode) on project ${handle.session.layout.dir}; press Ctrl+C to stop\n`);
  const stop = () => void handle.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((e) => {
    process.stderr.write(`error: ${serializeError(e).message}\n`);
    process.exit(1);
  });
}
