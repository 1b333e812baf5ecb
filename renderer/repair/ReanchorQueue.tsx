import { useState } from 'react';
import type { ReanchorView } from '../../shared/api/views.ts';
import type { RawCodePoint, Span } from '../../shared/text/offsets.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { formatValue } from '../records/formatValue.ts';
import { StatusBadge } from '../records/StatusBadge.tsx';
import type { RepairState } from './useRepairs.ts';

/** A raw span in code points, as reanchor.resolve takes it. */
export type RawSpan = Span<RawCodePoint>;

interface ReanchorQueueProps {
  items: readonly ReanchorView[];
  busy: boolean;
  /** The reviewer's selection in the text as a raw span, or null (with the reason shown by the app). */
  selectionSpan(): RawSpan | null;
  onRevealRaw(span: RawSpan): void;
  resolve: RepairState['resolveReanchor'];
  discard: RepairState['discardReanchor'];
}

/**
 * Records that did not map exactly onto a replaced source. For each span: the quote it had, the best mapping
 * and the scored candidates (ties flagged "ambiguous": a person must choose); the reviewer picks one per span,
 * or selects the words in the text, and the record is re-anchored (reanchor.resolve) or discarded.
 */
export function ReanchorQueue({ items, ...rest }: ReanchorQueueProps) {
  const { t } = useI18n();
  if (items.length === 0) return null;
  return (
    <section className="repair-section reanchor-section" aria-label={t('reanchor.heading', { n: items.length })}>
      <h3 className="repair-heading">{t('reanchor.heading', { n: items.length })}</h3>
      <p className="muted small">{t('reanchor.explain')}</p>
      <ul className="reanchor-list">
        {items.map((item) => <ReanchorItem key={item.recordId} item={item} {...rest} />)}
      </ul>
    </section>
  );
}

function ReanchorItem({ item, busy, selectionSpan, onRevealRaw, resolve, discard }: Omit<ReanchorQueueProps, 'items'> & { item: ReanchorView }) {
  const { t } = useI18n();
  // The place chosen for each span so far (a record may quote several passages).
  const [chosen, setChosen] = useState<(RawSpan | null)[]>(() => item.spans.map(() => null));
  const [done, setDone] = useState<string | null>(null);

  const choose = (i: number, span: RawSpan) => {
    const next = chosen.map((c, j) => (j === i ? span : c));
    setChosen(next);
    if (next.every((c): c is RawSpan => c !== null)) {
      void resolve(item.recordId, next).then((status) => {
        if (status) setDone(t('reanchor.done', { indicator: item.indicator, status: t(`status.${status}`) }));
      });
    }
  };

  return (
    <li className="reanchor-item" data-record-id={item.recordId}>
      <div className="reanchor-title">
        <StatusBadge status={item.status} /> <strong>{item.indicator}</strong> <span className="value">{formatValue({ value: item.value, unit: item.unit, qualifier: '' })}</span>
      </div>
      {done && <p className="hint success">{done}</p>}
      {item.spans.map((span, i) => (
        <div key={i} className="reanchor-span">
          {item.spans.length > 1 && <div className="muted small">{t('reanchor.multiSpan', { i: i + 1, n: item.spans.length })}</div>}
          <div className="small"><span className="muted">{t('reanchor.previous')}:</span> <del className="ba-before">{span.previousQuote}</del></div>
          {span.ambiguous && <div className="flag warning small">⚠ {t('notice.ambiguous')}</div>}
          {span.candidates.length === 0 && !span.mapped && <p className="muted small">{t('reanchor.noCandidates')}</p>}
          <ul className="candidates">
            {span.mapped && !span.candidates.some((c) => c.start === span.mapped!.start && c.end === span.mapped!.end) && (
              <CandidateRow label={t('reanchor.mapped')} quote={span.mapped.quote} chosen={sameSpan(chosen[i], span.mapped)} busy={busy}
                onReveal={() => onRevealRaw(span.mapped!)} onUse={() => choose(i, span.mapped!)} />
            )}
            {span.candidates.map((c) => (
              <CandidateRow key={`${c.start}-${c.end}`} label={t('notice.score', { score: c.score.toFixed(2) })} quote={c.quote}
                chosen={sameSpan(chosen[i], c)} busy={busy} onReveal={() => onRevealRaw(c)} onUse={() => choose(i, c)} />
            ))}
          </ul>
          <button type="button" className="small" disabled={busy} title={t('reanchor.useSelectionTitle')} onClick={() => {
            const selected = selectionSpan();
            if (selected) choose(i, selected);
          }}>{t('reanchor.useSelection')}</button>
        </div>
      ))}
      <div className="actions">
        <button type="button" className="small" disabled={busy} title={t('reanchor.discardTitle')} onClick={() => void discard(item.recordId)}>{t('reanchor.discard')}</button>
      </div>
    </li>
  );
}

function sameSpan(a: RawSpan | null | undefined, b: RawSpan): boolean {
  return !!a && a.start === b.start && a.end === b.end;
}

function CandidateRow({ label, quote, chosen, busy, onReveal, onUse }: { label: string; quote: string; chosen: boolean; busy: boolean; onReveal(): void; onUse(): void }) {
  const { t } = useI18n();
  return (
    <li className={chosen ? 'chosen' : ''}>
      <button type="button" className="link-button quote" onClick={onReveal}>{quote}</button>
      <span className="muted small">{label}</span>
      <button type="button" className="small" disabled={busy} onClick={onUse}>{t('reanchor.use')}</button>
    </li>
  );
}
