import type { MessageKey } from '../i18n/messages.ts';

/**
 * The tabs of the document view's side panel, in display order. One list in one place so each feature adds
 * its tab with a one-line entry (and renders its panel where App.tsx switches on `SideTab`).
 */
export type SideTab = 'record' | 'repairs' | 'suggestions' | 'checks';

export interface SideTabEntry {
  id: SideTab;
  label: MessageKey;
}

export const SIDE_TABS: readonly SideTabEntry[] = [
  { id: 'record', label: 'sideTab.record' },
  { id: 'repairs', label: 'sideTab.repairs' },
  { id: 'suggestions', label: 'sideTab.suggestions' },
  { id: 'checks', label: 'sideTab.checks' },
];

export function isSideTab(value: unknown): value is SideTab {
  return SIDE_TABS.some((tab) => tab.id === value);
}
