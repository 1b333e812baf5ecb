import { strToU8, zipSync } from 'fflate';
import type { ExportResult } from '../../../shared/api/views.ts';
import type { Dataset } from '../../../shared/export/dataset.ts';
import { datasetToCsv } from '../../../shared/export/datasetCsv.ts';
import { datasetToJsonLd } from '../../../shared/export/datasetJsonLd.ts';
import { dataPackageFiles } from '../../../shared/export/dataPackage.ts';
import { EXPORT_FILES, type ExportFormat } from '../../../shared/export/exportFormat.ts';
import { datasetToXlsx } from './xlsxWorkbook.ts';

/**
 * The dataset in one format, as one file: text formats as UTF-8 text, binary ones (XLSX, the data package zip)
 * as base64 so every transport (IPC, the HTTP bridge, the CLI) carries them the same way.
 */
export async function encodeExport(dataset: Dataset, format: ExportFormat, baseName: string): Promise<ExportResult> {
  const { extension, mimeType } = EXPORT_FILES[format];
  const result = (content: string, encoding: 'utf8' | 'base64'): ExportResult => ({
    format, fileName: `${baseName}.${extension}`, mimeType, content, encoding, recordCount: dataset.records.length,
  });
  switch (format) {
    case 'json': return result(JSON.stringify(dataset, null, 2) + '\n', 'utf8');
    case 'csv': return result(datasetToCsv(dataset), 'utf8');
    case 'jsonld': return result(JSON.stringify(datasetToJsonLd(dataset), null, 2) + '\n', 'utf8');
    case 'xlsx': return result(Buffer.from(await datasetToXlsx(dataset)).toString('base64'), 'base64');
    case 'datapackage': {
      const files = Object.fromEntries(dataPackageFiles(dataset, baseName).map((f) => [f.name, strToU8(f.text)]));
      // A fixed time keeps the zip's bytes a function of its contents.
      return result(Buffer.from(zipSync(files, { mtime: new Date(dataset.exportedAt) })).toString('base64'), 'base64');
    }
  }
}
