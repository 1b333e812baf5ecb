import { refusal } from '../../../shared/errors/workbenchError.ts';
import { errorReason } from '../../../shared/errors/errorReasons.ts';
import type { LoadedDocument } from '../project/loadedDocument.ts';
import type { ProjectSession } from '../project/projectSession.ts';
import { openableDocuments } from '../project/openableDocuments.ts';

/** The document holding a record or correction id (ids are unique across the project). */
export async function findDocumentOf(session: ProjectSession, kind: 'records' | 'corrections', id: string): Promise<LoadedDocument> {
  for (const doc of await openableDocuments(session)) {
    if (Object.prototype.hasOwnProperty.call(doc.db.data[kind], id)) return doc;
  }
  throw refusal('NOT_FOUND', kind === 'records' ? errorReason('record.notFound', { recordId: id }) : errorReason('correction.notFound', { correctionId: id }));
}
