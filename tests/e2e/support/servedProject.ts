import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApiClient } from '../../../shared/api/contract.ts';
import { serve, type ServeHandle } from '../../../electron/node/serve/serveMain.ts';
import { clientFrom, httpInvoke } from '../../../renderer/api/apiClient.ts';

export const SAMPLE_REPORTS = fileURLToPath(new URL('../../../data/reports/', import.meta.url));
/** The three reports the end-to-end tests are written against (the corpus has more). */
export const E2E_REPORTS = ['taiyuan-xinghualing-2023.txt', 'yangquan-city-2024.txt', 'yangquan-jiaoqu-2023.txt'];

export interface ServedProject {
  dir: string;
  /** This server's own user data folder (the reviewer's settings.json, logs/): tests never share one. */
  userData: string;
  /** The page URL, carrying the access token. */
  url: string;
  /** The same HTTP API the page uses, for setting up and checking state from the test. */
  api: ApiClient;
  handle: ServeHandle;
  dispose(): Promise<void>;
}

/** A fresh project in a temp folder with the sample reports imported, served like `npm run serve`. */
export async function serveSampleProject(staticDir: string, by = 'e2e-setup'): Promise<ServedProject> {
  const dir = await mkdtemp(join(tmpdir(), 'iw-e2e-'));
  const userData = await mkdtemp(join(tmpdir(), 'iw-e2e-user-'));
  const handle = await serve({ project: dir, create: true, staticDir, userDataDir: userData });
  const api = clientFrom(httpInvoke(`http://127.0.0.1:${handle.bridge.port}`, handle.bridge.token));
  for (const name of E2E_REPORTS) {
    const bytes = await readFile(join(SAMPLE_REPORTS, name));
    await api['docs.importBytes']({ fileName: name, base64: bytes.toString('base64'), by });
  }
  return {
    dir, userData, url: handle.bridge.url, api, handle,
    async dispose() {
      await handle.close();
      await rm(dir, { recursive: true, force: true });
      await rm(userData, { recursive: true, force: true });
    },
  };
}
