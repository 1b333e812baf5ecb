import type { ServiceTable } from '../../../shared/api/contract.ts';
import type { ServiceContext } from './serviceContext.ts';

type OperationServices = Pick<ServiceTable, 'operations.progress' | 'operations.cancel'>;

/** Progress and cancel of long calls, answered from memory: never queued behind the work they report on. */
export function operationServices(ctx: ServiceContext): OperationServices {
  return {
    async 'operations.progress'({ operationIds }) {
      return ctx.operations.progress(operationIds);
    },
    async 'operations.cancel'({ operationId }) {
      return { operationId, cancelled: ctx.operations.cancel(operationId) };
    },
  };
}
