import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ApiInput, ApiOutput } from '../../shared/api/contract.ts';
import { useApi } from './ApiContext.tsx';
import { apiKey, type QueryMethod } from './queryKeys.ts';

/**
 * One read of the API through the query cache, keyed by method and input; `input` null means "not now"
 * (no document open, a tab not shown). The answer of a previous input is never shown for the current one.
 */
export function useApiQuery<M extends QueryMethod>(method: M, input: ApiInput<M> | null): UseQueryResult<ApiOutput<M>> {
  const api = useApi();
  return useQuery({
    queryKey: input === null ? [method, null] : apiKey(method, input),
    queryFn: () => (api[method] as (i: ApiInput<M>) => Promise<ApiOutput<M>>)(input as ApiInput<M>),
    enabled: input !== null,
  });
}
