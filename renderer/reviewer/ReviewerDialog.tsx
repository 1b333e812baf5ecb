import { useState, type FormEvent } from 'react';
import { Modal } from '../dialogs/Modal.tsx';
import { useI18n } from '../i18n/I18nContext.tsx';

interface ReviewerDialogProps {
  current: string | null;
  onSave(name: string): void;
  onClose(): void;
}

/** Asks who is reviewing: the name goes with every change as `by`. Required until one is given. */
export function ReviewerDialog({ current, onSave, onClose }: ReviewerDialogProps) {
  const { t } = useI18n();
  const [name, setName] = useState(current ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) onSave(name.trim());
  };
  return (
    <Modal title={t('reviewer.heading')} onClose={onClose} required={current === null} className="reviewer-dialog">
      <form onSubmit={submit} className="stack">
        <p className="muted">{t('reviewer.explain')}</p>
        <label className="field">
          <span>{t('reviewer.label')}</span>
          <input name="reviewer" value={name} onChange={(e) => setName(e.target.value)} autoFocus maxLength={100} autoComplete="name" />
        </label>
        <div className="actions">
          <button type="submit" className="primary" disabled={!name.trim()}>{t('reviewer.save')}</button>
        </div>
      </form>
    </Modal>
  );
}
