import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpBridge, type HttpBridge } from '../../../../electron/node/http/httpBridge.ts';
import { fileLoggerIn } from '../../../../electron/node/logging/fileLogger.ts';
import { openProjectSession, type ProjectSession } from '../../../../electron/node/project/projectSession.ts';
import { appServices } from '../../../../electron/node/services/appServices.ts';
import { callService } from '../../../../electron/node/services/callService.ts';
import { createServices } from '../../../../electron/node/services/createServices.ts';
import { settingsFileIn } from '../../../../electron/node/settings/settingsFile.ts';
import { clientFrom, httpInvoke } from '../../../../renderer/api/apiClient.ts';
import type { ServiceTable } from '../../../../shared/api/contract.ts';
import { LOG_MESSAGE_MAX } from '../../../../shared/api/contract.ts';

/**
 * The reviewer's settings and the log through the one service table: called directly (as the CLI and the menus
 * do) and over the HTTP bridge (as the browser window does), with one user data folder behind both.
 */
let tmp: string;
let userData: string;
let session: ProjectSession;
let services: ServiceTable;
let bridge: HttpBridge;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'iw-app-services-'));
  userData = join(tmp, 'userData');
  session = await openProjectSession(join(tmp, 'project'), { create: true, owner: 'test' });
  const logger = fileLoggerIn(userData);
  services = createServices(session, { app: appServices({ settings: settingsFileIn(userData), logger }) });
  bridge = await startHttpBridge({ services, logger });
});
afterAll(async () => {
  await bridge.close();
  await session.close();
  await rm(tmp, { recursive: true, force: true });
});

describe('settings and log services', () => {
  it('round-trips the settings through the services and the HTTP bridge, one file behind both', async () => {
    const http = clientFrom(httpInvoke(`http://127.0.0.1:${bridge.port}`, bridge.token));
    expect(await http['settings.get']({})).toEqual({ reviewer: null, language: null, theme: 'system', singleKeyShortcuts: true });
    expect(await http['settings.set']({ reviewer: '  张审核 ', language: 'zh-CN' })).toEqual({ reviewer: '张审核', language: 'zh-CN', theme: 'system', singleKeyShortcuts: true });
    expect(await callService(services, 'settings.get', {})).toMatchObject({ reviewer: '张审核', language: 'zh-CN' });
    await callService(services, 'settings.set', { theme: 'dark', singleKeyShortcuts: false });
    expect(await http['settings.get']({})).toEqual({ reviewer: '张审核', language: 'zh-CN', theme: 'dark', singleKeyShortcuts: false });
    // Only the fields named change; null gives a choice back to the system.
    expect(await http['settings.set']({ language: null })).toMatchObject({ reviewer: '张审核', language: null, theme: 'dark' });
    // The next process (a restart, the CLI, the Electron app) reads the same file.
    expect(await settingsFileIn(userData).get()).toMatchObject({ reviewer: '张审核', theme: 'dark', singleKeyShortcuts: false });
  });

  it('refuses bad settings by name and keeps the ones stored', async () => {
    const http = clientFrom(httpInvoke(`http://127.0.0.1:${bridge.port}`, bridge.token));
    await expect(http['settings.set']({ reviewer: '   ' })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('reviewer') });
    await expect(http['settings.set']({ language: 'fr' } as never)).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('language') });
    await expect(http['settings.set']({ colour: 'red' } as never)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect((await http['settings.get']({})).reviewer).toBe('张审核');
  });

  it('writes the window\'s errors to the log file, within a size limit', async () => {
    const http = clientFrom(httpInvoke(`http://127.0.0.1:${bridge.port}`, bridge.token));
    const answer = await http['log.error']({ message: 'the window failed to draw: docs.map is not a function', detail: 'TypeError: docs.map is not a function\n    at DocumentList' });
    expect(answer).toEqual({ logged: true, file: join(userData, 'logs', 'workbench.log') });
    const text = await readFile(answer.file, 'utf8');
    expect(text).toMatch(/\[error\] \[renderer\] the window failed to draw: docs\.map is not a function\n {4}TypeError/);
    await expect(http['log.error']({ message: 'x'.repeat(LOG_MESSAGE_MAX + 1) })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(await readFile(answer.file, 'utf8')).toBe(text);
  });

  it('logs a service failure met over the bridge, not a refusal', async () => {
    const http = clientFrom(httpInvoke(`http://127.0.0.1:${bridge.port}`, bridge.token));
    await expect(http['docs.get']({ docId: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const before = await readFile(join(userData, 'logs', 'workbench.log'), 'utf8');
    expect(before).not.toContain('docs.get');
  });
});
