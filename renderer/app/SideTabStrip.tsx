import { useI18n } from '../i18n/I18nContext.tsx';
import { SIDE_TABS, type SideTab } from './sideTabs.ts';

interface SideTabStripProps {
  current: SideTab;
  onChange(tab: SideTab): void;
  /** Optional small counts beside a tab's label (findings waiting, suggestions …). */
  badges?: Partial<Record<SideTab, number>>;
}

/** The small tab strip at the top of the side panel; the tabs themselves come from SIDE_TABS. */
export function SideTabStrip({ current, onChange, badges }: SideTabStripProps) {
  const { t } = useI18n();
  return (
    <div className="side-tabs" role="tablist" aria-label={t('sideTab.label')}>
      {SIDE_TABS.map((tab) => {
        const badge = badges?.[tab.id];
        return (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`side-tab-${tab.id}`}
            aria-selected={current === tab.id}
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
