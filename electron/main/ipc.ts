import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { ServiceTable } from '../../shared/api/contract.ts';
import { toEnvelope } from '../../shared/api/envelope.ts';
import { maxPayloadBytes, payloadExceeds, payloadTooLargeMessage } from '../../shared/api/payloadLimits.ts';
import { WorkbenchError } from '../../shared/errors/workbenchError.ts';
import { callService } from '../node/services/callService.ts';
import { RENDERER_METHODS } from '../../shared/api/bridgeContract.ts';

/**
 * The IPC transport: a thin loop over the contract. One `ipcMain.handle` per method the window may call
 * (RENDERER_METHODS: every API method except MAIN_ONLY_METHODS, which take file paths). Each call checks its
 * sender first, then validates and calls the one service table; the answer is always an envelope.
 * (Only types come from 'electron' here, so this module runs under plain Node in the tests.)
 */
export interface IpcDeps {
  isTrusted(event: IpcMainInvokeEvent): boolean;
  /** The open project's services, or null when no project is open. */
  services(): ServiceTable | null;
  /** Message for calls made while no project is open. */
  noProjectMessage?: string;
}

export function registerApiHandlers(ipc: Pick<IpcMain, 'handle'>, deps: IpcDeps): readonly string[] {
  for (const method of RENDERER_METHODS) {
    ipc.handle(method, (event: IpcMainInvokeEvent, input: unknown) => toEnvelope(async () => {
      if (!deps.isTrusted(event)) {
        throw new WorkbenchError('INVALID_INPUT', `refused: "${method}" was not called from the Indicator Workbench window`);
      }
      const limit = maxPayloadBytes(method);
      if (payloadExceeds(input, limit)) throw new WorkbenchError('INVALID_INPUT', payloadTooLargeMessage(method, limit));
      const services = deps.services();
      if (!services) throw new WorkbenchError('NOT_FOUND', deps.noProjectMessage ?? 'no project is open');
      return callService(services, method, input);
    }));
  }
  return RENDERER_METHODS;
}
