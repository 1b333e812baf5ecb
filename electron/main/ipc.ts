import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { isAppMethod, type ServiceTable } from '../../shared/api/contract.ts';
import type { AppServiceTable } from '../node/services/appServices.ts';
import { logServiceFailure, type WorkbenchLogger } from '../node/logging/fileLogger.ts';
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
  /** The reviewer's settings and the log: answered whether or not a project is open. */
  appServices: AppServiceTable;
  /** Message for calls made while no project is open. */
  noProjectMessage?: string;
  /** Where failures (not refusals) are written. */
  logger?: WorkbenchLogger;
}

export function registerApiHandlers(ipc: Pick<IpcMain, 'handle'>, deps: IpcDeps): readonly string[] {
  for (const method of RENDERER_METHODS) {
    ipc.handle(method, (event: IpcMainInvokeEvent, input: unknown) => toEnvelope(async () => {
      if (!deps.isTrusted(event)) {
        throw new WorkbenchError('INVALID_INPUT', `refused: "${method}" was not called from the Indicator Workbench window`);
      }
      const limit = maxPayloadBytes(method);
      if (payloadExceeds(input, limit)) throw new WorkbenchError('INVALID_INPUT', payloadTooLargeMessage(method, limit));
      if (isAppMethod(method)) return callService(deps.appServices, method, input);
      const services = deps.services();
      if (!services) throw new WorkbenchError('NOT_FOUND', deps.noProjectMessage ?? 'no project is open');
      return callService(services, method, input);
    }, (e) => logServiceFailure(deps.logger, 'main', method, e)));
  }
  return RENDERER_METHODS;
}
