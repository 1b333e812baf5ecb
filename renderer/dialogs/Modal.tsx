import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nContext.tsx';

interface ModalProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  /** A dialog the reviewer must answer (the reviewer name) cannot be closed with Escape. */
  required?: boolean;
  className?: string;
}

/**
 * A modal built on <dialog>: the browser provides the focus trap, the inert background and Escape
 * (its `cancel` event), so every dialog closes the same way.
 */
export function Modal({ title, onClose, children, required = false, className }: ModalProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    const cancel = (event: Event) => {
      event.preventDefault();
      if (!required) onCloseRef.current();
    };
    dialog.addEventListener('cancel', cancel);
    return () => {
      dialog.removeEventListener('cancel', cancel);
      if (dialog.open) dialog.close();
    };
  }, [required]);

  return (
    <dialog ref={ref} className={`modal ${className ?? ''}`} aria-label={title}>
      <header className="modal-header">
        <h2>{title}</h2>
        {!required && (
          <button type="button" className="icon-button" onClick={onClose} aria-label={t('common.close')} title={`${t('common.close')} (Esc)`}>
            ×
          </button>
        )}
      </header>
      <div className="modal-body">{children}</div>
    </dialog>
  );
}
