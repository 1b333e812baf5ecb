import type { ServiceTable } from '../../../shared/api/contract.ts';
import type { DocumentSummary, ImportReport } from '../../../shared/api/views.ts';
import { DOCUMENT_SCHEMA, type DocumentFile } from '../../../shared/project/documentFile.ts';
import { readSourceFile, sourceFromUpload } from '../import/readSourceFile.ts';
import { isValidDocId } from '../project/projectSession.ts';
import { addToSourceIndex, documentHoldingSource } from '../project/sourceIndex.ts';
import { isReservedKey } from '../../../shared/api/reservedKeys.ts';
import { WorkbenchError, isWorkbenchError } from '../../../shared/errors/workbenchError.ts';
import { errorReason } from '../../../shared/errors/errorReasons.ts';
import { commitChanges } from './commitChanges.ts';
import type { Operation } from './operations.ts';
import type { ServiceContext } from './serviceContext.ts';
import { statusCounts, toSummary } from './toViews.ts';
import { codePointMapData } from '../../../shared/corrections/codePointMap.ts';

type DocumentServices = Pick<ServiceTable, 'docs.list' | 'docs.importFiles' | 'docs.importBytes' | 'docs.get' | 'docs.text' | 'docs.updateMeta'>;

export function documentServices(ctx: ServiceContext): DocumentServices {
  const { session } = ctx;

  /** Imports one file's bytes: decoded, checked for duplicates, stored; or a reason it was refused. */
  // Decoding and guessing the details run in a worker (cancellable); the writes after op.commit() do not.
  const importOne = async (fileName: string, bytes: Uint8Array, by: string, report: ImportReport, op: Operation): Promise<void> => {
    const decoded = await op.run('decodeImport', { bytes, fileName });
    if (!decoded.ok) return void report.failed.push({ fileName, reason: decoded.reason, reasonCode: decoded.reasonCode });
    const { sha256, details } = decoded;
    const existingDocId = await documentHoldingSource(session, sha256);
    if (existingDocId !== undefined) return void report.duplicates.push({ fileName, existingDocId });
    op.commit();
    const at = ctx.now();
    const docId = await freeDocId(fileName);
    await addToSourceIndex(session, sha256, docId);
    const source = { sha256, fileName, encoding: decoded.encoding, byteLength: bytes.length, length: decoded.length, importedAt: at, importedBy: by };
    const file: DocumentFile = {
      schema: DOCUMENT_SCHEMA,
      offsetUnit: 'utf16',
      document: { id: docId, fileName, ...details.meta, detailGuesses: details.guesses, source, versions: [], createdAt: at },
      records: {},
      corrections: {},
      dismissed: {},
      reanchor: {},
      lastSeq: 1,
    };
    const doc = await session.createDocument(file, bytes, [{
      seq: 1, at, by, action: 'document.import', summary: `imported ${fileName} (${decoded.encoding}, sha256 ${sha256.slice(0, 12)}…)`,
      changes: [],
    }]);
    report.imported.push(toSummary(doc));
    op.reopen();
  };

  const freeDocId = async (fileName: string): Promise<string> => {
    const taken = new Set(await session.docIds());
    const stem = fileName.replace(/\.[^.]*$/, '').normalize('NFC').toLowerCase()
      .replace(/[^\p{L}\p{N}_.-]+/gu, '-').replace(/^[^\p{L}\p{N}]+|[-.]+$/gu, '').slice(0, 80) || 'document';
    let id = isValidDocId(stem) && !isReservedKey(stem) ? stem : 'document';
    for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
    return id;
  };

  return {
    async 'docs.list'() {
      // One damaged document must not hide the others: it is listed with its error.
      const ids = await session.docIds();
      return Promise.all(ids.map((id) => session.document(id).then(toSummary, (e: unknown) => brokenSummary(id, e))));
    },
    'docs.importFiles'({ paths, by, operationId }) {
      return ctx.operations.track('docs.importFiles', operationId, (op) => session.exclusive(async () => {
        const report: ImportReport = { imported: [], duplicates: [], failed: [] };
        for (const [done, path] of paths.entries()) {
          op.step('reading', done, paths.length);
          const read = await readSourceFile(path);
          if (!read.ok) {
            report.failed.push({ fileName: path, reason: read.reason, reasonCode: read.reasonCode });
            continue;
          }
          await importReporting(path, () => importOne(read.fileName, read.bytes, by, report, op), report);
        }
        return report;
      }));
    },
    'docs.importBytes'({ fileName, base64, by, operationId }) {
      return ctx.operations.track('docs.importBytes', operationId, (op) => session.exclusive(async () => {
        const report: ImportReport = { imported: [], duplicates: [], failed: [] };
        const upload = sourceFromUpload(fileName, base64);
        if (!upload.ok) report.failed.push({ fileName: upload.fileName, reason: upload.reason, reasonCode: upload.reasonCode });
        else await importReporting(upload.fileName, () => importOne(upload.fileName, upload.bytes, by, report, op), report);
        return report;
      }));
    },
    async 'docs.get'({ docId }) {
      return toSummary(await session.document(docId));
    },
    async 'docs.text'({ docId, view }) {
      const doc = await session.document(docId);
      const text = view === 'corrected' ? doc.view.text : doc.raw;
      const length: number = view === 'corrected' ? doc.correctedIndex.length : doc.rawIndex.length;
      return { docId, view, text, length, positionMap: codePointMapData(doc.view.map, doc.rawIndex, doc.correctedIndex) };
    },
    'docs.updateMeta'({ docId, by, confirmDetails, ...patch }) {
      return session.withDocument(docId, async (doc) => {
        const before = doc.db.data.document;
        const at = ctx.now();
        const after = { ...before, ...(confirmDetails ? { detailsConfirmed: { by, at } } : {}) };
        if (patch.title !== undefined) after.title = patch.title;
        if (patch.region !== undefined) after.region = patch.region;
        if (patch.yearsReviewed) after.yearsReviewed = [...patch.yearsReviewed].sort();
        if (patch.yearsPlanned) after.yearsPlanned = [...patch.yearsPlanned].sort();
        if (JSON.stringify(before) === JSON.stringify(after)) return toSummary(doc);
        const edited = JSON.stringify({ ...before, detailsConfirmed: null }) !== JSON.stringify({ ...after, detailsConfirmed: null });
        await commitChanges(doc, {
          by, at, action: 'document.update',
          summary: confirmDetails ? (edited ? 'corrected and confirmed document details' : 'confirmed document details') : 'edited document metadata',
          changes: [{ entity: 'document', id: docId, before, after }],
        });
        return toSummary(doc);
      });
    },
  };
}

/**
 * A failure while importing one file is that file's failure, named by it; the rest of the batch goes on. A cancel
 * stops the batch: the files imported before it stay, whole.
 */
async function importReporting(fileName: string, run: () => Promise<void>, report: ImportReport): Promise<void> {
  try {
    await run();
  } catch (e) {
    if (isWorkbenchError(e) && e.code === 'CANCELLED') {
      const before = report.imported.map((d) => d.fileName);
      throw new WorkbenchError('CANCELLED', `import cancelled at ${fileName}${before.length ? `; imported before the cancel: ${before.join(', ')}` : ''}`, e.details);
    }
    const cause = e instanceof Error ? e.message : String(e);
    const why = isWorkbenchError(e) && e.reason ? e.reason : errorReason('source.importFailed', { fileName, cause });
    report.failed.push({ fileName, reason: `could not import ${fileName}: ${cause}`, reasonCode: why });
  }
}

function brokenSummary(docId: string, e: unknown): DocumentSummary {
  return {
    docId, fileName: '', title: docId, region: '', yearsReviewed: [], yearsPlanned: [], sha256: '', encoding: 'utf-8', length: 0,
    counts: statusCounts([]), activeCorrections: 0, reanchorQueue: 0, versions: [], error: e instanceof Error ? e.message : String(e),
    ...(isWorkbenchError(e) && e.reason ? { errorReason: e.reason } : {}),
  };
}
