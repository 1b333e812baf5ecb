import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LABELS } from '../../../electron/main/labels.ts';
import { importAsReviewer } from '../../../electron/main/menuImport.ts';
import { openProjectSession, type ProjectSession } from '../../../electron/node/project/projectSession.ts';
import { appServicesIn } from '../../../electron/node/services/appServices.ts';
import { callService } from '../../../electron/node/services/callService.ts';
import { createServices } from '../../../electron/node/services/createServices.ts';
import type { ServiceTable } from '../../../shared/api/contract.ts';
import { REPORTS_DIR } from '../../helpers/tempProject.ts';

/** File → Import reports…, after the files are chosen: the command function with the real services, no Electron. */
let tmp: string;
let session: ProjectSession;
let services: ServiceTable;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'iw-menu-import-'));
  session = await openProjectSession(join(tmp, 'project'), { create: true, owner: 'test' });
  services = createServices(session, { app: appServicesIn(join(tmp, 'userData')) });
});
afterAll(async () => {
  await session.close();
  await rm(tmp, { recursive: true, force: true });
});

describe('a menu-started import', () => {
  const report = `${REPORTS_DIR}yangquan-jiaoqu-2023.txt`;

  it('imports nothing before the reviewer has given a name, and says so in the menu\'s language', async () => {
    await expect(importAsReviewer(services, [report], LABELS.zh)).rejects.toMatchObject({ code: 'INVALID_INPUT', message: LABELS.zh.reviewerNeeded });
    await expect(importAsReviewer(services, [report], LABELS.en)).rejects.toThrow(/enter your name in the window first/);
    expect(await callService(services, 'docs.list', {})).toEqual([]);
  });

  it('records the reviewer of the settings as the importer, never the operating system\'s account', async () => {
    await callService(services, 'settings.set', { reviewer: '王审核' });
    expect(await importAsReviewer(services, [report], LABELS.zh)).toBe('已导入 1 份报告。');
    const [doc] = await callService(services, 'docs.list', {});
    const history = await callService(services, 'history.list', { docId: doc!.docId });
    expect(history.entries.map((e) => [e.action, e.by])).toEqual([['document.import', '王审核']]);
    expect(await importAsReviewer(services, [report], LABELS.en)).toBe('Imported 0 reports; 1 already in the project.');
  });
});
