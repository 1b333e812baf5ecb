import type { ReactNode } from 'react';
import { Group, Panel, Separator, useDefaultLayout } from 'react-resizable-panels';
import { useI18n } from '../i18n/I18nContext.tsx';

/**
 * The report text beside the side column, with a separator the reviewer drags (or moves with the arrow keys
 * when focused); the split is remembered across reloads. The side column never gets narrower than its form.
 */
export function DocumentSplit({ text, side }: { text: ReactNode; side: ReactNode }) {
  const { t } = useI18n();
  const { defaultLayout, onLayoutChanged } = useDefaultLayout({ id: 'iw-document-split', storage: localStorage });
  return (
    <Group orientation="horizontal" className="document-split" defaultLayout={defaultLayout} onLayoutChanged={onLayoutChanged}>
      <Panel id="text" className="split-pane" minSize="320px">{text}</Panel>
      <Separator className="split-handle" aria-label={t('layout.resizeSide')} />
      <Panel id="side" className="split-pane" defaultSize="42%" minSize="420px" maxSize="70%">{side}</Panel>
    </Group>
  );
}
