import { isWorkbenchError } from '../../../shared/errors/workbenchError.ts';
import type { LoadedDocument } from './loadedDocument.ts';
import type { ProjectSession } from './projectSession.ts';

/**
 * The project's documents that open, for the project-wide reads (all records, checks, the assistant's memory of
 * decisions, finding a record by id). A document that cannot be opened — a damaged or newer-version file, a
 * modified source — is left out here, so one damaged file never stops work on the others; `docs.list` shows it
 * with its reason, and the export refuses rather than leave it out of a dataset silently.
 */
export async function openableDocuments(session: ProjectSession): Promise<LoadedDocument[]> {
  const docs: LoadedDocument[] = [];
  for (const docId of await session.docIds()) {
    try {
      docs.push(await session.document(docId));
    } catch (e) {
      // A refusal of the store (damage, a newer schema, a vanished file) is the document's; anything else is a bug.
      if (!isWorkbenchError(e) || e.code === 'CANCELLED') throw e;
    }
  }
  return docs;
}
