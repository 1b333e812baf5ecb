import { useCallback } from 'react';
import { useI18n } from './I18nContext.tsx';
import { refusalText } from './refusalText.ts';

/** The plain text of anything thrown, for code that cannot rely on it being an Error. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : JSON.stringify(error);
}

/**
 * How the window says what went wrong: refusals it knows by code in the reviewer's language, anything else in the
 * API's own words (a malformed request, a failure of the system beneath).
 */
export function useErrorText(): (error: unknown) => string {
  const { t, language } = useI18n();
  return useCallback((error: unknown) => refusalText(error, t, language) ?? errorMessage(error), [t, language]);
}
