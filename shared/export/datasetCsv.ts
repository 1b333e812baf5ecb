import type { Dataset } from './dataset.ts';
import { csvText, type CsvCellValue } from './csvText.ts';

/**
 * dataset.csv: one row per record, UTF-8 with a BOM so Excel shows Chinese, CRLF rows (RFC 4180).
 * Text cells that a spreadsheet would run as a formula are neutralised (see csvText.ts); numbers are written
 * as numbers, negative ones included. `valueDiffers` holds the reviewer's reason when a value differs from its
 * quote on purpose. Multiple evidence spans are joined with " | ".
 */
export const CSV_COLUMNS = [
  'id', 'docId', 'fileName', 'sha256', 'indicator', 'region', 'year', 'kind', 'measure', 'value', 'unit',
  'qualifier', 'valueNormalized', 'baseUnit', 'status', 'createdBy', 'createdAt', 'verifiedBy', 'verifiedAt',
  'evidenceStart', 'evidenceEnd', 'quote', 'correctedStart', 'correctedEnd', 'correctedQuote', 'corrections', 'note',
  'valueDiffers',
] as const;

export function datasetToCsv(dataset: Dataset): string {
  const sources = new Map(dataset.sources.map((s) => [s.docId, s]));
  const rows: CsvCellValue[][] = [];
  for (const r of dataset.records) {
    const src = sources.get(r.docId);
    // A single span's offsets are numbers; several are listed as text ("12 | 40").
    const offsets = (pick: (e: Dataset['records'][number]['evidence'][number]) => number): CsvCellValue =>
      r.evidence.length === 1 ? pick(r.evidence[0]!) : r.evidence.map(pick).join(' | ');
    const cells: Record<(typeof CSV_COLUMNS)[number], CsvCellValue> = {
      id: r.id, docId: r.docId, fileName: src?.fileName ?? '', sha256: src?.sha256 ?? '',
      indicator: r.indicator, region: r.region, year: r.year, kind: r.kind,
      measure: r.measure, value: r.value, unit: r.unit, qualifier: r.qualifier,
      valueNormalized: r.valueNormalized, baseUnit: r.baseUnit, status: r.status,
      createdBy: r.createdBy, createdAt: r.createdAt, verifiedBy: r.verifiedBy, verifiedAt: r.verifiedAt,
      evidenceStart: offsets((e) => e.start),
      evidenceEnd: offsets((e) => e.end),
      quote: r.evidence.map((e) => e.quote).join(' | '),
      correctedStart: offsets((e) => e.correctedStart),
      correctedEnd: offsets((e) => e.correctedEnd),
      correctedQuote: r.evidence.map((e) => e.correctedQuote).join(' | '),
      corrections: r.corrections.join(' '),
      note: r.note,
      // The reviewer's reason for a value the quote does not state (who and when are in dataset.json).
      valueDiffers: r.valueDiffers?.reason ?? '',
    };
    rows.push(CSV_COLUMNS.map((c) => cells[c]));
  }
  return csvText(CSV_COLUMNS, rows, { bom: true, neutraliseFormulas: true });
}
