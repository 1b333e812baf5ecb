import { CodebookDialog } from '../assistant/codebook/CodebookDialog.tsx';
import { ConfirmDetailsDialog } from '../documents/ConfirmDetailsDialog.tsx';
import { DocumentDetailsDialog } from '../documents/DocumentDetailsDialog.tsx';
import { useDetailsConfirmation } from '../documents/useDetailsConfirmation.ts';
import { HelpSheet } from '../help/HelpSheet.tsx';
import { IS_MAC } from '../keyboard/platform.ts';
import { ReviewerDialog } from '../reviewer/ReviewerDialog.tsx';
import { ProjectSettingsDialog } from '../settings/ProjectSettingsDialog.tsx';
import { ExportDialog } from '../transfer/ExportDialog.tsx';
import { ImportDialog } from '../transfer/ImportDialog.tsx';
import type { Workbench } from './useWorkbench.ts';

/** The dialog open in the window, if any; the reviewer's name is asked first, before anything else. */
export function WorkbenchDialogs({ w }: { w: Workbench }) {
  const { ui, dispatch, reviewer, data } = w;
  const detailsToConfirm = useDetailsConfirmation(data.docs);
  const close = () => dispatch({ type: 'dialog', dialog: null });
  if (reviewer === null || ui.dialog === 'reviewer') {
    return (
      <ReviewerDialog
        current={reviewer}
        onSave={(name) => {
          w.setReviewer(name);
          close();
        }}
        onClose={close}
      />
    );
  }
  switch (ui.dialog) {
    case 'help':
      return <HelpSheet isMac={IS_MAC} onClose={close} />;
    case 'docDetails':
      return data.open?.summary
        ? <DocumentDetailsDialog
          doc={data.open.summary} reviewer={reviewer} onClose={close}
        />
        : null;
    case 'export':
      return <ExportDialog projectName={data.project?.name ?? null} onClose={close} />;
    case 'codebook':
      return <CodebookDialog saved={w.codebook.codebook} reviewer={reviewer} onSave={w.codebook.save} onClose={close} />;
    case 'settings':
      return (
        <ProjectSettingsDialog
          project={data.project}
          reviewer={reviewer}
          onOpenCodebook={() => dispatch({ type: 'dialog', dialog: 'codebook' })}
          onClose={close}
        />
      );
    case 'import':
      return (
        <ImportDialog
          reviewer={reviewer}
          onClose={close}
          onImported={(importedDocId) => {
            if (importedDocId) w.openDocument(importedDocId);
          }}
        />
      );
    default:
      // After an import (browser dialog or Electron menu), once no other dialog is open: the confirm step.
      if (detailsToConfirm.pending.length === 0) return null;
      return (
        <ConfirmDetailsDialog
          docs={detailsToConfirm.pending}
          reviewer={reviewer}
          onConfirmed={detailsToConfirm.done}
          onClose={detailsToConfirm.done}
        />
      );
  }
}
