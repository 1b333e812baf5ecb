import { basename, resolve } from 'node:path';
import type { ServiceTable } from '../../shared/api/contract.ts';
import { importSampleReports, isNewProject } from '../node/project/sampleProject.ts';
import { openProjectSession, type ProjectSession } from '../node/project/projectSession.ts';
import { createServices } from '../node/services/createServices.ts';
import { sharedWorkerPool } from '../node/workers/workerPool.ts';
import type { AppServiceTable } from '../node/services/appServices.ts';

/**
 * The one open project of the app: its session holds the project lock for as long as the app shows it.
 * No Electron here (tested in Node). Opening another project opens the new one first and only then closes
 * the old one — so a refused open (locked elsewhere, not a project) leaves the current project open rather
 * than none — and the old lock is released as soon as the switch is done.
 */
export interface OpenProject {
  readonly dir: string;
  readonly name: string;
  readonly session: ProjectSession;
  readonly services: ServiceTable;
}

export interface ProjectControllerOptions {
  /** Written into the lock file, shown to a second process that finds the project open. */
  owner: string;
  /** userData/projects/sample: created from `reportsDir` the first time it is opened. */
  sampleDir: string;
  reportsDir: string;
  /** Recorded as the importer of the sample reports. */
  sampleBy?: string;
  /** The app's settings and log, shared by every project it opens (by default those of the user data folder). */
  app?: AppServiceTable;
}

export class ProjectController {
  private open_: OpenProject | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: ProjectControllerOptions) {}

  get current(): OpenProject | null {
    return this.open_;
  }

  /** Opens the sample project, creating it from the shipped reports on first run. */
  openSample(): Promise<OpenProject> {
    return this.open(this.options.sampleDir, { create: true });
  }

  /** Opens `dir` (creating project.json when `create`) and makes it current; the previous one is closed. */
  open(dir: string, options: { create: boolean }): Promise<OpenProject> {
    return this.serial(async () => {
      const target = resolve(dir);
      if (this.open_ && resolve(this.open_.dir) === target) return this.open_;
      const fresh = await isNewProject(target);
      const session = await openProjectSession(target, { create: options.create, owner: this.options.owner });
      // The window's first reads open a document and start its analyses: a worker thread ready by then saves them its start.
      sharedWorkerPool().warm();
      let opened: OpenProject;
      try {
        const services = createServices(session, this.options.app ? { app: this.options.app } : {});
        if (fresh && target === resolve(this.options.sampleDir)) {
          await importSampleReports(services, this.options.sampleBy ?? 'sample', this.options.reportsDir);
        }
        opened = { dir: target, name: basename(target), session, services };
      } catch (e) {
        await session.close();
        throw e;
      }
      const previous = this.open_;
      this.open_ = opened;
      if (previous) await previous.session.close();
      return opened;
    });
  }

  /** Closes the current project (releasing its lock); safe to call more than once. */
  close(): Promise<void> {
    return this.serial(async () => {
      const previous = this.open_;
      this.open_ = null;
      if (previous) await previous.session.close();
    });
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.catch(() => undefined).then(fn);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
