import type { RecordView } from '../../shared/api/views.ts';
import type { Translate } from '../i18n/I18nContext.tsx';
import { formatValue } from '../records/formatValue.ts';

/**
 * The hover card of a highlight. Built with textContent only: record fields are user data and report text,
 * never markup.
 */
export function buildRecordTooltip(records: readonly RecordView[], t: Translate, formatDateTime: (iso: string) => string): HTMLElement {
  const root = document.createElement('div');
  root.className = 'record-tooltip';
  for (const record of records) {
    const card = append(root, 'div', 'record-tooltip-card');
    const title = append(card, 'div', 'record-tooltip-title');
    append(title, 'span', `status-dot status-${record.status}`);
    append(title, 'strong', '', record.indicator);
    append(title, 'span', 'record-tooltip-value', ` ${formatValue(record)}`);
    const meta = [t(`status.${record.status}`), record.region, record.year === null ? '' : String(record.year), t(`kind.${record.kind}`), t(`measure.${record.measure}`)]
      .filter((part) => part !== '')
      .join(' · ');
    append(card, 'div', 'record-tooltip-meta', meta);
    if (record.status === 'verified' && record.verifiedBy && record.verifiedAt) {
      append(card, 'div', 'record-tooltip-meta', t('record.verifiedBy', { by: record.verifiedBy, at: formatDateTime(record.verifiedAt) }));
    }
    if (record.note) append(card, 'div', 'record-tooltip-note', record.note);
  }
  return root;
}

function append(parent: HTMLElement, tag: string, className: string, text?: string): HTMLElement {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  parent.appendChild(el);
  return el;
}
