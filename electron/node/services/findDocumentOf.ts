import { WorkbenchError } from '../../../shared/errors/workbenchError.ts';
import type { LoadedDocument } from '../project/loadedDocument.ts';
import type { ProjectSession } from '../project/projectSession.ts';

/** The document holding a record or correction id (ids are unique across the project). */
export async function findDocumentOf(session: ProjectSession, kind: 'records' | 'corrections', id: string): Promise<LoadedDocument> {
  for (const docId of await session.docIds()) {
    const doc = await session.document(docId);
    if (Object.prototype.hasOwnProperty.call(doc.db.data[kind], id)) return doc;
  }
  throw new WorkbenchError('NOT_FOUND', `no ${kind === 'records' ? 'record' : 'correction'} ${id} in this project`);
}
