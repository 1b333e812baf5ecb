import { useEffect, useRef, useState } from 'react';
import type { RecordView } from '../../shared/api/views.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { chartSeries } from './chartSeries.ts';

/**
 * One indicator across years and regions, a small chart per measure: actual values as lines with dots, targets
 * as hollow squares. Observable Plot draws SVG in `currentColor`, so the chart follows the theme; it is loaded
 * on first use, keeping it out of the start-up bundle.
 */
export function IndicatorChart({ indicator, records }: { indicator: string; records: RecordView[] }) {
  const { t } = useI18n();
  const host = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const target = host.current;
    if (!target) return;
    import('@observablehq/plot').then((Plot) => {
      if (!live) return;
      target.replaceChildren();
      for (const s of chartSeries(records)) {
        const actual = s.points.filter((p) => p.kind === 'actual');
        const planned = s.points.filter((p) => p.kind === 'target');
        const chart = Plot.plot({
          title: `${t(`measure.${s.measure}`)}${s.unit ? ` (${s.unit})` : ''}`,
          width: 420, height: 220, marginLeft: 56,
          style: { background: 'transparent', color: 'currentColor', fontSize: '11px' },
          x: { label: t('dataset.year'), tickFormat: 'd', ticks: Math.min(8, new Set(s.points.map((p) => p.year)).size) },
          y: { label: null, grid: true, nice: true, tickFormat: '~g', zero: s.measure === 'level' || s.measure === 'count' },
          color: { legend: true, scheme: 'tableau10' },
          marks: [
            Plot.line(actual, { x: 'year', y: 'value', stroke: 'region', sort: 'year' }),
            Plot.dot(actual, { x: 'year', y: 'value', fill: 'region', r: 3.5, tip: true, title: (p: { label: string; region: string }) => `${p.region} ${p.label}` }),
            Plot.dot(planned, { x: 'year', y: 'value', stroke: 'region', symbol: 'square', r: 4.5, strokeWidth: 1.5, title: (p: { label: string; region: string }) => `${p.region} ${t('kind.target')} ${p.label}` }),
          ],
        });
        target.append(chart);
      }
    }, (e: unknown) => live && setFailed(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [records, t]);

  return (
    <section className="dataset-chart" aria-label={t('dataset.chartHeading', { indicator })}>
      <h3 className="pane-title">{t('dataset.chartHeading', { indicator })}</h3>
      <p className="hint small">{t('dataset.chartLegend')}</p>
      {failed && <p className="hint warning">{failed}</p>}
      <div ref={host} className="dataset-chart-host" />
    </section>
  );
}
