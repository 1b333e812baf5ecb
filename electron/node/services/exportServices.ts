import type { ServiceTable } from '../../../shared/api/contract.ts';
import { DATASET_JSON_SCHEMA_NAME, DATASET_SCHEMA, type Dataset } from '../../../shared/export/dataset.ts';
import type { ServiceContext } from './serviceContext.ts';
import { toRecordView } from './toViews.ts';

type ExportServices = Pick<ServiceTable, 'export.dataset'>;

/** The curated dataset with its provenance, in any export format; verified records only unless `all`. */
export function exportServices(ctx: ServiceContext): ExportServices {
  const { session } = ctx;
  return {
    'export.dataset'({ format, all, operationId }) {
      return ctx.operations.track('export.dataset', operationId, async (op) => {
        const dataset: Dataset = {
          $schema: DATASET_JSON_SCHEMA_NAME, schema: DATASET_SCHEMA, exportedAt: ctx.now(), generator: ctx.generator, offsetUnit: 'codepoint',
          filter: all ? 'all' : 'verified', sources: [], records: [], corrections: [],
        };
        for (const docId of await session.docIds()) {
          const doc = await session.document(docId);
          const { document: meta, records } = doc.db.data;
          dataset.sources.push({
            docId, fileName: meta.fileName, sha256: meta.source.sha256, encoding: meta.source.encoding,
            length: doc.rawIndex.length, title: meta.title, region: meta.region,
            previousVersions: meta.versions.map((v) => ({ sha256: v.sha256, fileName: v.fileName, importedAt: v.importedAt })),
          });
          for (const c of doc.view.active) {
            dataset.corrections.push({
              id: c.id, docId, start: doc.rawIndex.toCodePoint(c.start), end: doc.rawIndex.toCodePoint(c.end),
              before: c.before, after: c.after, kind: c.kind, reason: c.reason, author: c.author, at: c.at,
            });
          }
          for (const r of Object.values(records)) {
            if (!all && r.status !== 'verified') continue;
            const v = toRecordView(doc, r);
            dataset.records.push({
              id: v.id, docId, indicator: v.indicator, region: v.region, year: v.year, kind: v.kind, measure: v.measure,
              value: v.value, unit: v.unit, qualifier: v.qualifier, valueNormalized: v.valueNormalized, baseUnit: v.baseUnit,
              note: v.note, status: v.status, createdBy: v.createdBy, createdAt: v.createdAt,
              verifiedBy: v.verifiedBy, verifiedAt: v.verifiedAt, evidence: v.evidence, corrections: v.corrections,
              valueDiffers: v.valueDiffers ?? null,
            });
          }
        }
        dataset.records.sort((a, b) => a.docId.localeCompare(b.docId) || (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0) || a.id.localeCompare(b.id));
        return op.run('encodeExport', { dataset, format, baseName: 'dataset' });
      });
    },
  };
}
