import { useCallback, useEffect, useState } from 'react';
import type { ApiClient } from '../../../shared/api/contract.ts';
import { codebookToJson, type Codebook } from '../../../shared/codebook/index.ts';
import { errorMessage } from '../../state/useSaveStatus.ts';

export interface CodebookState {
  /** The project's codebook as last read or saved; null until read. */
  codebook: Codebook | null;
  /** Saves a whole codebook; resolves to null when saved, else the services' reason in plain words. */
  save(codebook: Codebook, by: string): Promise<string | null>;
}

/** The project's indicator codebook: read once, replaced whole on save (the services validate it). */
export function useCodebook(api: ApiClient, onError: (e: unknown) => void): CodebookState {
  const [codebook, setCodebook] = useState<Codebook | null>(null);

  useEffect(() => {
    let live = true;
    api['codebook.get']({}).then((book) => live && setCodebook(book), (e: unknown) => live && onError(e));
    return () => {
      live = false;
    };
  }, [api, onError]);

  const save = useCallback(async (next: Codebook, by: string) => {
    try {
      setCodebook(await api['codebook.set']({ json: codebookToJson(next), by }));
      return null;
    } catch (e) {
      return errorMessage(e);
    }
  }, [api]);

  return { codebook, save };
}
