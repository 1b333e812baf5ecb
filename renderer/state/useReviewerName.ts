import { useCallback } from 'react';
import { useSettings } from '../settings/SettingsContext.tsx';

/**
 * The reviewer's name, sent as `by` with every change; asked once and kept by the main process (settings), so
 * the menus' imports record the same name.
 */
export function useReviewerName(): [string | null, (name: string) => void] {
  const { settings, update } = useSettings();
  const remember = useCallback((next: string) => {
    const trimmed = next.trim();
    if (!trimmed) return;
    update({ reviewer: trimmed }).catch((e: unknown) => console.error('could not save the reviewer name:', e));
  }, [update]);
  return [settings.reviewer, remember];
}
