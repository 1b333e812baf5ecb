import type { KeyboardEvent } from 'react';
import { useI18n } from '../i18n/I18nContext.tsx';
import { SIDE_TABS, type SideTab } from './sideTabs.ts';

interface SideTabStripProps {
  current: SideTab;
  onChange(tab: SideTab): void;
  /** Optional small counts beside a tab's label (findings waiting, suggestions …). */
  badges?: Partial<Record<SideTab, number>>;
}

/** The tab an arrow, Home or End key moves to from `current` (WAI-ARIA tabs pattern, wrapping round). */
export function tabAfterKey(current: SideTab, key: string): SideTab | null {
  const at = SIDE_TABS.findIndex((tab) => tab.id === current);
  const last = SIDE_TABS.length - 1;
  const to = key === 'ArrowRight' ? (at === last ? 0 : at + 1)
    : key === 'ArrowLeft' ? (at <= 0 ? last : at - 1)
      : key === 'Home' ? 0 : key === 'End' ? last : null;
  return to === null ? null : SIDE_TABS[to]!.id;
}

/**
 * The small tab strip at the top of the side panel; the tabs themselves come from SIDE_TABS. One tab stop:
 * the arrow keys (and Home / End) move between tabs and show each one.
 */
export function SideTabStrip({ current, onChange, badges }: SideTabStripProps) {
  const { t } = useI18n();
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = tabAfterKey(current, event.key);
    if (!next) return;
    event.preventDefault();
    onChange(next);
    document.getElementById(`side-tab-${next}`)?.focus();
  };
  return (
    <div className="side-tabs" role="tablist" aria-label={t('sideTab.label')} onKeyDown={onKeyDown}>
      {SIDE_TABS.map((tab) => {
        const badge = badges?.[tab.id];
        return (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`side-tab-${tab.id}`}
            aria-selected={current === tab.id}
            tabIndex={current === tab.id ? 0 : -1}
            aria-controls={`side-panel-${tab.id}`}
            className="side-tab"
            onClick={() => onChange(tab.id)}
          >
            {t(tab.label)}
            {badge ? <span className="side-tab-badge">{badge}</span> : null}
          </button>
        );
      })}
    </div>
  );
}
