import type { RecordStatus } from '../../shared/records/indicatorRecord.ts';
import { useI18n } from '../i18n/I18nContext.tsx';

export function StatusBadge({ status }: { status: RecordStatus }) {
  const { t } = useI18n();
  const label = t(`status.${status}`);
  // The document's table may cut a long word ("Needs review"): the tooltip always has it whole.
  return <span className={`status-badge status-${status}`} title={label}>{label}</span>;
}
