import type { ProjectSession } from '../project/projectSession.ts';
import type { OperationRegistry } from './operations.ts';

export interface ServiceContext {
  session: ProjectSession;
  /** The clock, injectable so tests get stable timestamps. */
  now: () => string;
  generator: { name: string; version: string };
  /** Long calls under way; their heavy work runs in worker threads. */
  operations: OperationRegistry;
}
