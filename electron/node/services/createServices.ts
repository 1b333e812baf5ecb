import type { ServiceTable } from '../../../shared/api/contract.ts';
import type { ProjectSession } from '../project/projectSession.ts';
import { assistantServices } from './assistantServices.ts';
import { correctionServices } from './correctionServices.ts';
import { documentServices } from './documentServices.ts';
import { draftYearServices } from './draftYearServices.ts';
import { exportServices } from './exportServices.ts';
import { historyServices } from './historyServices.ts';
import { projectServices } from './projectServices.ts';
import { recordServices } from './recordServices.ts';
import { reimportServices } from './reimportServices.ts';
import { repairServices } from './repairServices.ts';
import type { ServiceContext } from './serviceContext.ts';
import { GENERATOR } from '../generator.ts';
import { sharedWorkerPool, type WorkerPool } from '../workers/workerPool.ts';
import { createOperationRegistry } from './operations.ts';
import { operationServices } from './operationServices.ts';
import { defaultUserDataDir } from '../project/userDataDir.ts';
import { appServicesIn, type AppServiceTable } from './appServices.ts';

export interface ServiceOptions extends Partial<Omit<ServiceContext, 'session' | 'operations'>> {
  /** The worker threads that run the heavy work (default: the process's shared pool). */
  workers?: WorkerPool;
  /** The reviewer's settings and the log (one per process, shared by every project it opens); by default
   *  those of the user data folder. */
  app?: AppServiceTable;
}

/** The one service table. Electron IPC, the HTTP bridge and the CLI all call exactly these functions. */
export function createServices(session: ProjectSession, options: ServiceOptions = {}): ServiceTable {
  const ctx: ServiceContext = {
    session,
    now: options.now ?? (() => new Date().toISOString()),
    generator: options.generator ?? GENERATOR,
    operations: createOperationRegistry(() => options.workers ?? sharedWorkerPool()),
  };
  return {
    ...projectServices(ctx),
    ...documentServices(ctx),
    ...recordServices(ctx),
    ...draftYearServices(ctx),
    ...correctionServices(ctx),
    ...historyServices(ctx),
    ...repairServices(ctx),
    ...reimportServices(ctx),
    ...assistantServices(ctx),
    ...exportServices(ctx),
    ...operationServices(ctx),
    ...(options.app ?? appServicesIn(defaultUserDataDir())),
  };
}
