import { useCallback, useState } from 'react';
import { readSetting, writeSetting } from './localSettings.ts';

/** The reviewer's name, sent as `by` with every change; asked once and remembered on this machine. */
export function useReviewerName(): [string | null, (name: string) => void] {
  const [name, setName] = useState<string | null>(() => readSetting('reviewer')?.trim() || null);
  const remember = useCallback((next: string) => {
    const trimmed = next.trim();
    if (!trimmed) return;
    writeSetting('reviewer', trimmed);
    setName(trimmed);
  }, []);
  return [name, remember];
}
