import type { Dataset } from './dataset.ts';
import { isPlainNumber, type CsvCellValue } from './csvText.ts';

/**
 * The dataset as four related tables (records, evidence, sources, corrections), each column typed, for the
 * formats that are tables: the Frictionless Data Package and the XLSX workbook. Same data as dataset.json,
 * flattened: one evidence row per span, keyed by (recordId, span).
 */
export type ColumnType = 'string' | 'integer' | 'number' | 'datetime';

export interface TableColumn {
  name: string;
  type: ColumnType;
  description: string;
  /** Column may be empty. */
  optional?: boolean;
}

export interface DatasetTable {
  name: 'records' | 'evidence' | 'sources' | 'corrections';
  title: string;
  columns: TableColumn[];
  primaryKey: string[];
  foreignKeys: { fields: string[]; reference: { resource: DatasetTable['name']; fields: string[] } }[];
  rows: CsvCellValue[][];
}

const col = (name: string, type: ColumnType, description: string, optional = false): TableColumn => ({ name, type, description, optional });

const SOURCE_COLUMNS = [
  col('docId', 'string', 'document id within the project'),
  col('fileName', 'string', 'file name at import', true),
  col('sha256', 'string', 'sha256 of the source file bytes (hex)'),
  col('encoding', 'string', 'how the bytes were decoded into the raw text'),
  col('length', 'integer', 'raw text length in Unicode code points'),
  col('title', 'string', 'document title', true),
  col('region', 'string', 'region the report is about', true),
];

const RECORD_COLUMNS = [
  col('id', 'string', 'record id'),
  col('docId', 'string', 'the document holding the evidence'),
  col('indicator', 'string', 'indicator name, e.g. 地区生产总值'),
  col('region', 'string', 'region', true),
  col('year', 'integer', 'year the value is for', true),
  col('kind', 'string', 'actual or target'),
  col('measure', 'string', 'level, growth, rate, count or share'),
  col('value', 'string', 'the value as written in the report'),
  col('valueNumber', 'number', 'the value as written, as a number, when it is a plain decimal', true),
  col('unit', 'string', 'unit as written, e.g. 亿元 or %', true),
  col('qualifier', 'string', '左右, 以上, 突破 …', true),
  col('valueNormalized', 'number', 'exact value in the base unit (172.9 亿元 → 17290000000)', true),
  col('baseUnit', 'string', 'unit of valueNormalized', true),
  col('status', 'string', 'draft, verified, rejected, needs_review or orphaned'),
  col('createdBy', 'string', 'who made the record'),
  col('createdAt', 'datetime', 'when'),
  col('verifiedBy', 'string', 'who verified it', true),
  col('verifiedAt', 'datetime', 'when', true),
  col('spans', 'integer', 'number of evidence spans (rows in evidence)'),
  col('corrections', 'string', 'ids of the active corrections touching the evidence, space-separated', true),
  col('note', 'string', 'reviewer note', true),
  col('valueDiffers', 'string', "the reviewer's reason for a value its evidence does not state", true),
];

const EVIDENCE_COLUMNS = [
  col('recordId', 'string', 'the record this span supports'),
  col('span', 'integer', '1-based number of the span within the record'),
  col('docId', 'string', 'document'),
  col('start', 'integer', 'start in the raw text (code points)'),
  col('end', 'integer', 'end, exclusive, in the raw text (code points)'),
  col('quote', 'string', 'the raw text between start and end'),
  col('prefix', 'string', 'up to 32 code points before the quote', true),
  col('suffix', 'string', 'up to 32 code points after the quote', true),
  col('correctedStart', 'integer', 'start in the corrected text (code points)'),
  col('correctedEnd', 'integer', 'end in the corrected text (code points)'),
  col('correctedQuote', 'string', 'the corrected text of the span'),
];

const CORRECTION_COLUMNS = [
  col('id', 'string', 'correction id'),
  col('docId', 'string', 'document'),
  col('start', 'integer', 'start in the raw text (code points)'),
  col('end', 'integer', 'end in the raw text (code points)'),
  col('before', 'string', 'raw text replaced', true),
  col('after', 'string', 'replacement', true),
  col('kind', 'string', 'duplicate, broken_line, caption, fragment, markup, boilerplate, typo or edit'),
  col('reason', 'string', 'why', true),
  col('author', 'string', 'who'),
  col('at', 'datetime', 'when'),
];

const toDocument = (fields: string[]) => ({ fields, reference: { resource: 'sources' as const, fields: ['docId'] } });

export function datasetTables(dataset: Dataset): DatasetTable[] {
  return [
    {
      name: 'records', title: 'Indicator records', columns: RECORD_COLUMNS, primaryKey: ['id'], foreignKeys: [toDocument(['docId'])],
      rows: dataset.records.map((r) => [
        r.id, r.docId, r.indicator, r.region, r.year, r.kind, r.measure, r.value,
        isPlainNumber(r.value) ? Number(r.value) : null, r.unit, r.qualifier,
        r.valueNormalized !== null && isPlainNumber(r.valueNormalized) ? r.valueNormalized : null, r.baseUnit,
        r.status, r.createdBy, r.createdAt, r.verifiedBy, r.verifiedAt, r.evidence.length, r.corrections.join(' '), r.note,
        r.valueDiffers?.reason ?? null,
      ]),
    },
    {
      name: 'evidence', title: 'Evidence spans (one row per span)', columns: EVIDENCE_COLUMNS, primaryKey: ['recordId', 'span'],
      foreignKeys: [{ fields: ['recordId'], reference: { resource: 'records', fields: ['id'] } }, toDocument(['docId'])],
      rows: dataset.records.flatMap((r) => r.evidence.map((e, i) => [
        r.id, i + 1, r.docId, e.start, e.end, e.quote, e.prefix, e.suffix, e.correctedStart, e.correctedEnd, e.correctedQuote,
      ])),
    },
    {
      name: 'sources', title: 'Source files', columns: SOURCE_COLUMNS, primaryKey: ['docId'], foreignKeys: [],
      rows: dataset.sources.map((s) => [s.docId, s.fileName, s.sha256, s.encoding, s.length, s.title, s.region]),
    },
    {
      name: 'corrections', title: 'Active corrections of the raw text', columns: CORRECTION_COLUMNS, primaryKey: ['id'], foreignKeys: [toDocument(['docId'])],
      rows: dataset.corrections.map((c) => [c.id, c.docId, c.start, c.end, c.before, c.after, c.kind, c.reason, c.author, c.at]),
    },
  ];
}
