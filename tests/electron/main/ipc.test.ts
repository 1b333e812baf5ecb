import { mkdtemp, rm } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { MAIN_ONLY_METHODS } from '../../../shared/api/contract.ts';
import { MAX_PAYLOAD_BYTES } from '../../../shared/api/payloadLimits.ts';
import type { Envelope } from '../../../shared/api/envelope.ts';
import type { DocumentSummary } from '../../../shared/api/views.ts';
import { registerApiHandlers } from '../../../electron/main/ipc.ts';
import { ProjectController } from '../../../electron/main/projectController.ts';
import { REPO_ROOT } from '../../../electron/build/buildElectron.ts';
import { appServicesIn } from '../../../electron/node/services/appServices.ts';

/** The IPC loop and the project controller, without Electron: a fake ipcMain and real projects on disk. */
let tmp: string;
let projects: ProjectController;
const handlers = new Map<string, (event: IpcMainInvokeEvent, input: unknown) => unknown>();
let trusted = true;
let withProject = true;
const call = (m: string, input: unknown = {}) => handlers.get(m)!({} as IpcMainInvokeEvent, input) as Promise<Envelope<unknown>>;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'iw-ipc-'));
  const app = appServicesIn(join(tmp, 'userData'));
  projects = new ProjectController({ owner: 'ipc test', sampleDir: join(tmp, 'projects', 'sample'), reportsDir: join(REPO_ROOT, 'data', 'reports'), app });
  await projects.openSample();
  registerApiHandlers({ handle: (channel, listener) => handlers.set(channel, listener as never) }, {
    isTrusted: () => trusted,
    services: () => (withProject ? projects.current?.services ?? null : null),
    appServices: app,
    noProjectMessage: 'open a project first',
  });
});
afterAll(async () => {
  await projects.close();
  await rm(tmp, { recursive: true, force: true });
});

describe('IPC handlers', () => {
  it('never registers main-only methods', () => {
    for (const m of MAIN_ONLY_METHODS) expect(handlers.has(m)).toBe(false);
    expect(handlers.has('docs.list')).toBe(true);
  });

  it('answers with envelopes: results, validation errors, refusals, no project', async () => {
    const docs = (await call('docs.list')) as Envelope<DocumentSummary[]>;
    expect(docs.ok && docs.result).toHaveLength(readdirSync(join(REPO_ROOT, 'data', 'reports')).filter((n) => n.endsWith('.txt')).length);
    expect(await call('docs.get', { docId: '' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    trusted = false;
    expect(await call('docs.list')).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^refused/) } });
    trusted = true;
    withProject = false;
    expect(await call('docs.list')).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'open a project first' } });
    // The reviewer's settings and the log belong to the app: they answer with no project open too.
    expect(await call('settings.set', { reviewer: '王审核' })).toMatchObject({ ok: true, result: { reviewer: '王审核' } });
    expect(await call('settings.get')).toMatchObject({ ok: true, result: { reviewer: '王审核', theme: 'system' } });
    expect(await call('log.error', { message: 'from the window' })).toMatchObject({ ok: true, result: { logged: true } });
    trusted = false;
    expect(await call('settings.set', { reviewer: 'mallory' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^refused/) } });
    trusted = true;
    withProject = true;
  });

  it('refuses a payload over the size limit before it reaches the services, with a much lower limit where no file is carried', async () => {
    const text = 'x'.repeat(MAX_PAYLOAD_BYTES) + '!';
    expect(await call('corrections.add', { docId: 'any', start: 0, end: 0, replace: text, by: 'a' }))
      .toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('corrections.add: the request is over the 16 MB limit') } });
    // The same size is within the limit of a method that carries a file (its base64 is then validated).
    expect(await call('docs.importBytes', { fileName: 'big.txt', base64: text, by: 'a' }))
      .toMatchObject({ ok: true, result: { failed: [{ fileName: 'big.txt', reason: 'the upload is not valid base64' }] } });
  });

  it('reopening the current folder is a no-op; a missing folder is refused and the current project stays', async () => {
    const current = projects.current!;
    expect(await projects.open(current.dir, { create: false })).toBe(current);
    await expect(projects.open(join(tmp, 'nothing-here'), { create: false })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(projects.current).toBe(current);
  });
});
