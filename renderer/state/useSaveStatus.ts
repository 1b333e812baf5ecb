import { useCallback, useMemo, useRef, useState } from 'react';
import { useErrorText } from '../i18n/useErrorText.ts';

export { errorMessage } from '../i18n/useErrorText.ts';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

export interface SaveStatus {
  state: SaveState;
  /** The last error, in the reviewer's language where the UI knows it (else the API's words), until dismissed. */
  error: string | null;
  dismissError(): void;
  showError(error: unknown): void;
  /** Runs a change: shows "saving" while it is in flight, "saved" after, the error if it failed. */
  track<T>(change: () => Promise<T>): Promise<T | undefined>;
}

/**
 * Every change is written to disk by the service before the call returns, so "saved" here means the
 * project files hold it, not that a later autosave will.
 */
export function useSaveStatus(): SaveStatus {
  const [state, setState] = useState<SaveState>('idle');
  const [error, setError] = useState<string | null>(null);
  const inFlight = useRef(0);

  // Refusals the UI knows by code are said in the reviewer's language; the rest in the API's words.
  const describe = useErrorText();
  const showError = useCallback((e: unknown) => setError(describe(e)), [describe]);
  const dismissError = useCallback(() => setError(null), []);

  const track = useCallback(async <T,>(change: () => Promise<T>): Promise<T | undefined> => {
    inFlight.current++;
    setState('saving');
    try {
      const result = await change();
      inFlight.current--;
      if (inFlight.current === 0) setState('saved');
      return result;
    } catch (e) {
      inFlight.current--;
      setState('failed');
      setError(describe(e));
      return undefined;
    }
  }, [describe]);

  return useMemo(() => ({ state, error, dismissError, showError, track }), [state, error, dismissError, showError, track]);
}
