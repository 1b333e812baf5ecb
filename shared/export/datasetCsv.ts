import type { Dataset } from './dataset.ts';

/**
 * dataset.csv: one row per record, UTF-8 with a BOM so Excel shows Chinese, CRLF rows (RFC 4180).
 * Cells that a spreadsheet would run as a formula (= + - @, tab, CR) are prefixed with an apostrophe.
 * `valueDiffers` holds the reviewer's reason when a value differs from its quote on purpose.
 * Multiple evidence spans are joined with " | " in the quote column and listed as start-end pairs.
 */
export const CSV_COLUMNS = [
  'id', 'docId', 'fileName', 'sha256', 'indicator', 'region', 'year', 'kind', 'measure', 'value', 'unit',
  'qualifier', 'valueNormalized', 'baseUnit', 'status', 'createdBy', 'createdAt', 'verifiedBy', 'verifiedAt',
  'evidenceStart', 'evidenceEnd', 'quote', 'correctedStart', 'correctedEnd', 'correctedQuote', 'corrections', 'note',
  'valueDiffers',
] as const;

export function datasetToCsv(dataset: Dataset): string {
  const sources = new Map(dataset.sources.map((s) => [s.docId, s]));
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const r of dataset.records) {
    const src = sources.get(r.docId);
    const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
      id: r.id, docId: r.docId, fileName: src?.fileName ?? '', sha256: src?.sha256 ?? '',
      indicator: r.indicator, region: r.region, year: r.year === null ? '' : String(r.year), kind: r.kind,
      measure: r.measure, value: r.value, unit: r.unit, qualifier: r.qualifier,
      valueNormalized: r.valueNormalized ?? '', baseUnit: r.baseUnit ?? '', status: r.status,
      createdBy: r.createdBy, createdAt: r.createdAt, verifiedBy: r.verifiedBy ?? '', verifiedAt: r.verifiedAt ?? '',
      evidenceStart: r.evidence.map((e) => e.start).join(' | '),
      evidenceEnd: r.evidence.map((e) => e.end).join(' | '),
      quote: r.evidence.map((e) => e.quote).join(' | '),
      correctedStart: r.evidence.map((e) => e.correctedStart).join(' | '),
      correctedEnd: r.evidence.map((e) => e.correctedEnd).join(' | '),
      correctedQuote: r.evidence.map((e) => e.correctedQuote).join(' | '),
      corrections: r.corrections.join(' '),
      note: r.note,
      // The reviewer's reason for a value the quote does not state (who and when are in dataset.json).
      valueDiffers: r.valueDiffers?.reason ?? '',
    };
    rows.push(CSV_COLUMNS.map((c) => csvCell(cells[c])).join(','));
  }
  return '\uFEFF' + rows.join('\r\n') + '\r\n';
}

/** Escapes one cell: formula neutralised, then quoted when it holds a comma, quote or line break. */
export function csvCell(value: string): string {
  let v = value;
  // Every such cell, negative numbers included: Excel evaluates "-1+2" too. dataset.json keeps them as written.
  if (/^[=+\-@\t\r]/.test(v)) v = "'" + v;
  if (/[",\r\n]/.test(v)) v = '"' + v.replace(/"/g, '""') + '"';
  return v;
}
