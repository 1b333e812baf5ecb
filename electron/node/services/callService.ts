import type { ApiMethod, ApiOutput, ServiceTable } from '../../../shared/api/contract.ts';
import { validateInput } from '../../../shared/api/validateInput.ts';

/** Every transport's entry point: validate the payload against the contract, then call the one implementation. */
export async function callService<M extends ApiMethod>(services: Pick<ServiceTable, M>, method: M, payload: unknown): Promise<ApiOutput<M>> {
  const input = validateInput(method, payload);
  return (services[method] as (i: typeof input) => Promise<ApiOutput<M>>)(input);
}
