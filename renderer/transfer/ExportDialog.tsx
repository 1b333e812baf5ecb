import { useState } from 'react';
import { useApi } from '../api/ApiContext.tsx';
import { Modal } from '../dialogs/Modal.tsx';
import { useI18n } from '../i18n/I18nContext.tsx';
import { useErrorText } from '../i18n/useErrorText.ts';
import { EXPORT_FILES, EXPORT_FORMATS, type ExportFormat } from '../../shared/export/exportFormat.ts';
import { downloadFile } from './downloadFile.ts';
import { downloadName } from './downloadName.ts';

/** export.dataset (the same service as the CLI and the menu), then the file handed to the browser as a download. */
export function ExportDialog({ projectName, onClose }: { projectName: string | null; onClose(): void }) {
  const { t } = useI18n();
  const describeError = useErrorText();
  const api = useApi();
  const [format, setFormat] = useState<ExportFormat>('json');
  const [all, setAll] = useState(false);
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'working' } | { kind: 'done'; text: string } | { kind: 'failed'; text: string }>({ kind: 'idle' });

  const download = async () => {
    setState({ kind: 'working' });
    try {
      const result = await api['export.dataset']({ format, all });
      const fileName = downloadName(projectName, all, EXPORT_FILES[result.format].extension, new Date());
      downloadFile(fileName, result.content, result.encoding, result.mimeType);
      setState({ kind: 'done', text: t('export.done', { n: result.recordCount, file: fileName }) });
    } catch (e) {
      setState({ kind: 'failed', text: describeError(e) });
    }
  };

  return (
    <Modal title={t('export.heading')} onClose={onClose} className="export-dialog">
      <div className="stack">
        <fieldset className="choice vertical">
          <legend>{t('export.format')}</legend>
          {EXPORT_FORMATS.map((f) => (
            <label key={f}><input type="radio" name="format" value={f} checked={format === f} onChange={() => setFormat(f)} /> {t(`export.format.${f}`)}</label>
          ))}
        </fieldset>
        <fieldset className="choice">
          <legend>{t('export.scope')}</legend>
          <label><input type="radio" name="scope" checked={!all} onChange={() => setAll(false)} /> {t('export.verifiedOnly')}</label>
          <label><input type="radio" name="scope" checked={all} onChange={() => setAll(true)} /> {t('export.all')}</label>
        </fieldset>
        <p className={state.kind === 'failed' ? 'hint warning' : 'hint'} role="status">
          {state.kind === 'working' ? t('export.working') : state.kind === 'done' || state.kind === 'failed' ? state.text : ''}
        </p>
        <div className="actions">
          <button type="button" className="primary" onClick={download} disabled={state.kind === 'working'} autoFocus>{t('export.download')}</button>
          <button type="button" onClick={onClose}>{t('common.close')}</button>
        </div>
      </div>
    </Modal>
  );
}
