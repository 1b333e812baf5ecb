import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useSettings } from '../settings/SettingsContext.tsx';
import { DICTIONARIES, pickLanguage, type Language } from './language.ts';
import { formatMessage, type MessageKey, type MessageParams } from './messages.ts';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

interface I18nValue {
  language: Language;
  setLanguage(language: Language): void;
  t: Translate;
  /** Dates in the reviewer's language, e.g. for "verified by … on …". */
  formatDateTime(iso: string): string;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  // The reviewer's choice is a setting the main process keeps (its menus follow it); none means the browser's.
  const { settings, update } = useSettings();
  const language = pickLanguage(settings.language, navigator.languages ?? [navigator.language]);

  const setLanguage = useCallback((next: Language) => {
    update({ language: next }).catch((e: unknown) => console.error('could not save the language:', e));
  }, [update]);

  // The document language drives CJK font choice and screen readers.
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = DICTIONARIES[language]['app.name'];
  }, [language]);

  const value = useMemo<I18nValue>(() => {
    const dictionary = DICTIONARIES[language];
    const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    return {
      language,
      setLanguage,
      t: (key, params) => formatMessage(dictionary[key], params, language),
      formatDateTime: (iso) => {
        const date = new Date(iso);
        return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
      },
    };
  }, [language, setLanguage]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n() outside <I18nProvider>');
  return value;
}
