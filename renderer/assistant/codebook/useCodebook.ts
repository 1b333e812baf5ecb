import { useCallback, useEffect } from 'react';
import type { ApiClient } from '../../../shared/api/contract.ts';
import { codebookToJson, type Codebook } from '../../../shared/codebook/index.ts';
import { useApiQuery } from '../../api/useApiQuery.ts';
import { errorMessage } from '../../state/useSaveStatus.ts';

export interface CodebookState {
  /** The project's codebook as last read or saved; null until read. */
  codebook: Codebook | null;
  /** Saves a whole codebook; resolves to null when saved, else the services' reason in plain words. */
  save(codebook: Codebook, by: string): Promise<string | null>;
}

/** The project's indicator codebook: a cached read, replaced whole on save (the answer updates the cache). */
export function useCodebook(api: ApiClient, onError: (e: unknown) => void): CodebookState {
  const read = useApiQuery('codebook.get', {});
  useEffect(() => {
    if (read.error) onError(read.error);
  }, [read.error, onError]);

  const save = useCallback(async (next: Codebook, by: string) => {
    try {
      await api['codebook.set']({ json: codebookToJson(next), by });
      return null;
    } catch (e) {
      return errorMessage(e);
    }
  }, [api]);

  return { codebook: read.data ?? null, save };
}
