import { API_METHODS, type ApiClient, type ApiMethod } from '../../shared/api/contract.ts';
import type { WorkbenchBridge } from '../../shared/api/bridgeContract.ts';
import { unwrapEnvelope, type Envelope } from '../../shared/api/envelope.ts';
import { OPERATION_METHODS } from '../../shared/api/operations.ts';
import { windowOperations, type OperationTracker } from './operationTracker.ts';

export type { WorkbenchBridge };

/**
 * The renderer's only way to the services: the typed API, over Electron IPC (through the preload's
 * `window.workbench`) or, in browser mode, over the HTTP bridge. Both speak the same envelope.
 */
declare global {
  interface Window {
    workbench?: WorkbenchBridge;
  }
}

export type Invoke = (method: ApiMethod, input: unknown) => Promise<Envelope<unknown>>;

/**
 * The typed client over one transport. Long calls (shared/api/operations.ts) are named with an operationId and
 * listed in `tracker` while under way, so the window can show their progress and cancel them.
 */
export function clientFrom(invoke: Invoke, tracker?: OperationTracker): ApiClient {
  const client = {} as Record<ApiMethod, (input: unknown) => Promise<unknown>>;
  for (const method of API_METHODS) client[method] = async (input) => unwrapEnvelope(await invoke(method, input));
  if (tracker) {
    for (const method of OPERATION_METHODS) {
      client[method] = async (input) => {
        const operationId = tracker.start(method);
        try {
          return unwrapEnvelope(await invoke(method, { ...(input as object), operationId }));
        } finally {
          tracker.end(operationId);
        }
      };
    }
  }
  return client as unknown as ApiClient;
}

/** HTTP transport: the token comes from the page URL (?token=…) and is kept for reloads in this tab. */
export function httpInvoke(baseUrl: string, token: string): Invoke {
  return async (method, input) => {
    const res = await fetch(`${baseUrl}/api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Workbench-Token': token },
      body: JSON.stringify(input ?? {}),
    });
    return (await res.json()) as Envelope<unknown>;
  };
}

export function createApiClient(): ApiClient {
  if (window.workbench) {
    const bridge = window.workbench;
    return clientFrom((method, input) => bridge.invoke(method, input), windowOperations);
  }
  const fromUrl = new URLSearchParams(window.location.search).get('token');
  if (fromUrl) sessionStorage.setItem('iw_token', fromUrl);
  const token = fromUrl ?? sessionStorage.getItem('iw_token') ?? '';
  return clientFrom(httpInvoke(window.location.origin, token), windowOperations);
}
