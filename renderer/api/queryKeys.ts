import type { ApiInput, ApiMethod } from '../../shared/api/contract.ts';

/**
 * Query keys, one per API method and input, derived from the typed contract: `['records.list', { docId }]`.
 * A key names exactly the answer it holds, so a response for one document (or one text view) can never land
 * in another's place, and a change invalidates by the same names (see cacheEffects.ts).
 */
export type ApiQueryKey<M extends ApiMethod = ApiMethod> = readonly [M, ApiInput<M>];

/** The methods the window reads through the query cache; every other method is a change (or a one-off read). */
export const QUERY_METHODS = [
  'project.info', 'docs.list', 'docs.get', 'docs.text', 'records.list', 'corrections.list', 'history.list',
  'reanchor.list', 'defects.list', 'suggestions.list', 'checks.list', 'codebook.get',
] as const satisfies readonly ApiMethod[];

export type QueryMethod = (typeof QUERY_METHODS)[number];

/**
 * Reads made once, never cached, that change nothing: a quote search, an export, an operation's progress;
 * cancelling an operation changes nothing either (the cancelled call answers CANCELLED having written nothing).
 * The reviewer's settings and the log belong to the app, not the project: SettingsContext holds the settings
 * (kept current by the main process's pushes), and writing to the log changes nothing the window shows.
 */
export const ONE_OFF_METHODS = [
  'records.findQuote', 'export.dataset', 'operations.progress', 'operations.cancel', 'settings.get', 'settings.set', 'log.error',
] as const satisfies readonly ApiMethod[];

export type OneOffMethod = (typeof ONE_OFF_METHODS)[number];

/** The key of one read. Inputs are compared by value; fields left undefined are dropped so `{}` and `{ docId: undefined }` agree. */
export function apiKey<M extends QueryMethod>(method: M, input: ApiInput<M>): ApiQueryKey<M> {
  const clean = Object.fromEntries(Object.entries(input as object).filter(([, v]) => v !== undefined)) as ApiInput<M>;
  return [method, clean] as const;
}

/**
 * Which cached reads a change touches: every key of `method` whose input contains `input` (TanStack Query's
 * partial match: `{ docId }` covers both views of a text), or only the one key when `exact`.
 */
export interface KeyFilter {
  queryKey: readonly [QueryMethod, Record<string, unknown>?];
  exact?: boolean;
}

export function allOf(method: QueryMethod, input?: Record<string, unknown>): KeyFilter {
  return { queryKey: input === undefined ? [method] : [method, input] };
}

export function exactly<M extends QueryMethod>(method: M, input: ApiInput<M>): KeyFilter {
  return { queryKey: apiKey(method, input) as KeyFilter['queryKey'], exact: true };
}
