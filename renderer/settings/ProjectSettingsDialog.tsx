import { useState } from 'react';
import type { ProjectInfo } from '../../shared/api/views.ts';
import { useApi } from '../api/ApiContext.tsx';
import { Modal } from '../dialogs/Modal.tsx';
import { useI18n } from '../i18n/I18nContext.tsx';
import { useErrorText } from '../i18n/useErrorText.ts';

interface ProjectSettingsDialogProps {
  project: ProjectInfo | null;
  reviewer: string;
  onOpenCodebook(): void;
  onClose(): void;
}

/** Settings kept in the project folder (so every reviewer of the project follows them), and the codebook. */
export function ProjectSettingsDialog({ project, reviewer, onOpenCodebook, onClose }: ProjectSettingsDialogProps) {
  const { t } = useI18n();
  const describeError = useErrorText();
  const api = useApi();
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);
  // The box follows the click at once; the project's own value takes over only if saving fails.
  const [chosen, setChosen] = useState<boolean | null>(null);
  const secondReviewer = chosen ?? project?.settings.requireSecondReviewer ?? false;

  const setSecondReviewer = async (requireSecondReviewer: boolean) => {
    setSaving(true);
    setChosen(requireSecondReviewer);
    try {
      await api['project.setSettings']({ requireSecondReviewer, by: reviewer });
      setStatus({ kind: 'info', text: t('settings.saved') });
    } catch (e) {
      setChosen(null);
      setStatus({ kind: 'error', text: describeError(e) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal title={t('settings.heading')} onClose={onClose} className="settings-dialog">
      <div className="stack">
        {project && (
          <p className="muted small settings-project" title={project.dir}>{t('settings.project', { name: project.name, dir: project.dir })}</p>
        )}
        <label className="toggle-row">
          <input
            type="checkbox"
            name="requireSecondReviewer"
            checked={secondReviewer}
            disabled={!project}
            aria-busy={saving}
            onChange={(e) => void setSecondReviewer(e.target.checked)}
          />
          <span>
            <strong>{t('settings.secondReviewer')}</strong>
            <span className="muted small block">{t('settings.secondReviewerHint')}</span>
          </span>
        </label>
        {status && <p className={status.kind === 'error' ? 'hint warning' : 'hint'} role="status">{status.text}</p>}
        <div className="actions">
          <button type="button" onClick={onOpenCodebook}>{t('settings.codebook')}</button>
        </div>
      </div>
    </Modal>
  );
}
