import type { ProjectSession } from '../project/projectSession.ts';

export interface ServiceContext {
  session: ProjectSession;
  /** The clock, injectable so tests get stable timestamps. */
  now: () => string;
  generator: { name: string; version: string };
}
