/** The formats the dataset leaves the app in; every transport (CLI, window, browser) offers the same list. */
export const EXPORT_FORMATS = ['json', 'csv', 'jsonld', 'datapackage', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** File name and media type of each format's single file (a data package travels as a zip). */
export const EXPORT_FILES: Record<ExportFormat, { extension: string; mimeType: string }> = {
  json: { extension: 'json', mimeType: 'application/json;charset=utf-8' },
  csv: { extension: 'csv', mimeType: 'text/csv;charset=utf-8' },
  jsonld: { extension: 'jsonld', mimeType: 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"' },
  datapackage: { extension: 'zip', mimeType: 'application/zip' },
  xlsx: { extension: 'xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
};

/** The format a chosen file name asks for, by its extension; null when it names none of them. */
export function exportFormatOfFileName(name: string): ExportFormat | null {
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'zip') return 'datapackage';
  return EXPORT_FORMATS.find((f) => f !== 'datapackage' && EXPORT_FILES[f].extension === ext) ?? null;
}
