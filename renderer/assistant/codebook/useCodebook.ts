import { useCallback, useEffect } from 'react';
import type { ApiClient } from '../../../shared/api/contract.ts';
import { codebookToJson, type Codebook } from '../../../shared/codebook/index.ts';
import { useApiQuery } from '../../api/useApiQuery.ts';
import { useErrorText } from '../../i18n/useErrorText.ts';

export interface CodebookState {
  /** The project's codebook as last read or saved; null until read. */
  codebook: Codebook | null;
  /** Saves a whole codebook; resolves to null when saved, else the services' reason in the reviewer's language. */
  save(codebook: Codebook, by: string): Promise<string | null>;
}

/** The project's indicator codebook: a cached read, replaced whole on save (the answer updates the cache). */
export function useCodebook(api: ApiClient, onError: (e: unknown) => void): CodebookState {
  const read = useApiQuery('codebook.get', {});
  const errorText = useErrorText();
  useEffect(() => {
    if (read.error) onError(read.error);
  }, [read.error, onError]);

  const save = useCallback(async (next: Codebook, by: string) => {
    try {
      await api['codebook.set']({ json: codebookToJson(next), by });
      return null;
    } catch (e) {
      return errorText(e);
    }
  }, [api, errorText]);

  return { codebook: read.data ?? null, save };
}
