import type { RecordStatus } from '../../shared/records/indicatorRecord.ts';
import { useI18n } from '../i18n/I18nContext.tsx';

export function StatusBadge({ status }: { status: RecordStatus }) {
  const { t } = useI18n();
  return <span className={`status-badge status-${status}`}>{t(`status.${status}`)}</span>;
}
