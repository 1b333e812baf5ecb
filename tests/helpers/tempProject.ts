import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api/contract.ts';
import { openProjectSession, type ProjectSession } from '../../electron/node/project/projectSession.ts';
import { callService } from '../../electron/node/services/callService.ts';
import { createServices } from '../../electron/node/services/createServices.ts';

export const REPORTS_DIR = new URL('../../data/reports/', import.meta.url).pathname;
export const FIXTURES_DIR = new URL('../fixtures/', import.meta.url).pathname;

export interface TestProject {
  dir: string;
  session: ProjectSession;
  call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>>;
  reopen(): Promise<void>;
  dispose(): Promise<void>;
}

/** A real project in a temp folder, driven through the same validated entry point every transport uses. */
export async function tempProject(): Promise<TestProject> {
  const dir = await mkdtemp(join(tmpdir(), 'iw-test-'));
  let tick = 0;
  const now = () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++)).toISOString();
  const open = async () => {
    const session = await openProjectSession(dir, { create: true, owner: 'test' });
    return { session, services: createServices(session, { now }) };
  };
  let current = await open();
  const project: TestProject = {
    dir,
    session: current.session,
    call: (method, input) => callService(current.services, method, input),
    async reopen() {
      await current.session.close();
      current = await open();
      project.session = current.session;
    },
    async dispose() {
      await current.session.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
  return project;
}

/** Code-point offset of the first occurrence of `needle` in `text`. */
export function cpIndexOf(text: string, needle: string, from = 0): number {
  const u = text.indexOf(needle, from);
  if (u < 0) throw new Error(`"${needle}" not found`);
  return Array.from(text.slice(0, u)).length;
}
