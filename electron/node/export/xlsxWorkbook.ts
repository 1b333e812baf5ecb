import type { Dataset } from '../../../shared/export/dataset.ts';
import { datasetTables, type TableColumn } from '../../../shared/export/datasetTables.ts';

/**
 * dataset.xlsx: one sheet per table (records, evidence, sources, corrections). Numbers are numeric cells, text
 * is text (a quote such as "=1+2" stays a string, never a formula), the header row is frozen, and each column is
 * as wide as its content up to a limit (CJK characters count double, as they render).
 */
const MAX_WIDTH = 60;

export async function datasetToXlsx(dataset: Dataset): Promise<Uint8Array> {
  // Loaded on demand: exceljs is large, and every CLI command would otherwise pay for it at start-up.
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = `${dataset.generator.name} ${dataset.generator.version}`;
  book.created = new Date(dataset.exportedAt);
  for (const table of datasetTables(dataset)) {
    const sheet = book.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((c) => ({ header: c.name, width: widthOf(c, table.rows.map((r) => r[table.columns.indexOf(c)] ?? null)) }));
    sheet.getRow(1).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map((cell, i) => cellValue(table.columns[i]!, cell)));
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

function cellValue(column: TableColumn, cell: string | number | null): string | number | null {
  if (cell === null || cell === '') return null;
  if (column.type === 'integer' || column.type === 'number') return typeof cell === 'number' ? cell : Number(cell);
  // Text stays text: exceljs writes a JS string as a shared string, so "=1+2" is never a formula.
  return String(cell);
}

function widthOf(column: TableColumn, cells: (string | number | null)[]): number {
  let width = displayWidth(column.name);
  for (const cell of cells) {
    if (cell !== null) width = Math.max(width, displayWidth(String(cell)));
    if (width >= MAX_WIDTH) return MAX_WIDTH;
  }
  return Math.max(8, width + 2);
}

function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\uffef\u{20000}-\u{3ffff}]/u.test(ch) ? 2 : 1;
  return w;
}
