/**
 * CSV text (RFC 4180: CRLF rows, quotes doubled). One cell is text, a number or empty.
 * With `neutraliseFormulas`, a text cell a spreadsheet would run as a formula (= + - @, tab, CR at the start)
 * gets a leading apostrophe; a number never does, negative ones included, so pandas, R and Excel read the column
 * as numbers. A text cell that is exactly a plain decimal ("-3.5") is a number for this purpose: no spreadsheet
 * evaluates it as anything else.
 */
export type CsvCellValue = string | number | null;

const PLAIN_NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

export function isPlainNumber(text: string): boolean {
  return PLAIN_NUMBER.test(text);
}

export function csvCell(value: CsvCellValue, neutraliseFormulas: boolean): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let v = value;
  if (neutraliseFormulas && FORMULA_START.test(v) && !isPlainNumber(v)) v = "'" + v;
  if (/[",\r\n]/.test(v)) v = '"' + v.replace(/"/g, '""') + '"';
  return v;
}

export function csvText(header: readonly string[], rows: readonly CsvCellValue[][], options: { bom: boolean; neutraliseFormulas: boolean }): string {
  const lines = [header.map((h) => csvCell(h, false)).join(',')];
  for (const row of rows) lines.push(row.map((c) => csvCell(c, options.neutraliseFormulas)).join(','));
  return (options.bom ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n';
}
