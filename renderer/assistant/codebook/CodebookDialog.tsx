import { useMemo, useRef, useState } from 'react';
import { codebookFromJson, codebookToJson, type Codebook } from '../../../shared/codebook/index.ts';
import { Modal } from '../../dialogs/Modal.tsx';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { useErrorText } from '../../i18n/useErrorText.ts';
import { downloadTextFile } from '../../transfer/downloadFile.ts';
import { putEntry, removeEntry, sameCodebook } from './codebookEdits.ts';
import { searchCodebook } from './codebookSearch.ts';
import { CodebookEntryEditor } from './CodebookEntryEditor.tsx';
import { CodebookTable } from './CodebookTable.tsx';
import { draftToEntry, EMPTY_ENTRY_DRAFT, entryToDraft } from './entryDraft.ts';

interface CodebookDialogProps {
  /** The project's codebook as saved; null while it is being read. */
  saved: Codebook | null;
  reviewer: string;
  onSave(codebook: Codebook, by: string): Promise<string | null>;
  onClose(): void;
}

type Notice = { kind: 'error' | 'info'; text: string } | null;

/**
 * The indicator codebook: search, add, edit and delete entries in a working copy, then save it whole (the
 * services validate it and their reasons are shown as they are). Import reads a codebook file into the
 * working copy; export downloads the working copy.
 */
export function CodebookDialog({ saved, reviewer, onSave, onClose }: CodebookDialogProps) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [working, setWorking] = useState<Codebook | null>(saved);
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<{ index: number | null } | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [saving, setSaving] = useState(false);
  const [confirmClose, setConfirmClose] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  // The codebook arrives after the dialog opened: start from it.
  if (working === null && saved !== null) setWorking(saved);

  const book = working ?? [];
  const dirty = working !== null && !sameCodebook(working, saved);
  const rows = useMemo(() => searchCodebook(working ?? [], query), [working, query]);

  const change = (next: Codebook, text?: string) => {
    setWorking(next);
    setConfirmClose(false);
    setNotice(text ? { kind: 'info', text } : null);
  };

  /** Applies an entry if the codebook with it is valid; otherwise says why, in the reviewer's language. */
  const apply = (index: number | null, draft: typeof EMPTY_ENTRY_DRAFT): string | null => {
    const next = putEntry(book, index, draftToEntry(draft));
    try {
      codebookFromJson(codebookToJson(next));
    } catch (e) {
      return errorText(e);
    }
    setEditing(null);
    change(next);
    return null;
  };

  const save = async () => {
    if (!working) return;
    setSaving(true);
    const problem = await onSave(working, reviewer);
    setSaving(false);
    setNotice(problem ? { kind: 'error', text: t('codebook.invalid', { message: problem }) } : { kind: 'info', text: t('codebook.saved', { n: working.length }) });
    if (!problem) setConfirmClose(false);
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const imported = codebookFromJson(await file.text());
      setEditing(null);
      change(imported, t('codebook.imported', { n: imported.length, file: file.name }));
    } catch (e) {
      setNotice({ kind: 'error', text: t('codebook.importInvalid', { file: file.name, message: errorText(e) }) });
    } finally {
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const close = () => {
    if (dirty && !confirmClose) {
      setConfirmClose(true);
      return;
    }
    onClose();
  };

  const editedEntry = editing?.index === null || editing === null ? null : book[editing.index] ?? null;

  return (
    <Modal title={t('codebook.heading')} onClose={close} className="codebook-dialog">
      <div className="codebook-toolbar">
        <input
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t('codebook.search')}
          aria-label={t('codebook.search')}
          name="codebook-search"
        />
        <span className="muted small" aria-live="polite">{t('codebook.count', { shown: rows.length, total: book.length })}</span>
        <span className="button-group">
          <button type="button" onClick={() => setEditing({ index: null })} disabled={working === null}>{t('codebook.add')}</button>
          <label className="file-picker" title={t('codebook.importTitle')}>
            <input ref={fileInput} type="file" accept=".json,application/json" onChange={(e) => void importFile(e.target.files?.[0])} />
            <span className="button">{t('codebook.import')}</span>
          </label>
          <button
            type="button"
            disabled={working === null}
            title={t('codebook.exportTitle')}
            onClick={() => downloadTextFile('codebook.json', codebookToJson(book), 'application/json;charset=utf-8')}
          >
            {t('codebook.export')}
          </button>
        </span>
      </div>

      {editing && (
        <CodebookEntryEditor
          key={editing.index ?? 'new'}
          initial={editedEntry ? entryToDraft(editedEntry) : EMPTY_ENTRY_DRAFT}
          isNew={editing.index === null}
          onApply={(draft) => apply(editing.index, draft)}
          onCancel={() => setEditing(null)}
        />
      )}

      {working === null ? (
        <p className="hint">{t('codebook.loading')}</p>
      ) : (
        <CodebookTable
          rows={rows}
          editingIndex={editing?.index ?? null}
          onEdit={(index) => setEditing({ index })}
          onDelete={(index) => {
            if (editing?.index === index) setEditing(null);
            change(removeEntry(book, index), t('codebook.deleted', { name: book[index]?.name ?? '' }));
          }}
        />
      )}

      {notice && <p className={`codebook-notice ${notice.kind === 'error' ? 'hint warning' : 'hint'}`} role={notice.kind === 'error' ? 'alert' : 'status'}>{notice.text}</p>}
      {confirmClose && <p className="hint warning" role="alert">{t('codebook.unsavedClose')}</p>}
      <div className="actions codebook-footer">
        {dirty && <span className="muted small codebook-dirty">{t('codebook.unsaved')}</span>}
        <button type="button" className="quiet" disabled={!dirty || saving} onClick={() => change(saved ?? [])}>{t('codebook.revert')}</button>
        <button type="button" className="primary" disabled={!dirty || saving} onClick={() => void save()}>{t('codebook.save')}</button>
        {confirmClose && <button type="button" onClick={onClose}>{t('codebook.discardClose')}</button>}
      </div>
    </Modal>
  );
}
