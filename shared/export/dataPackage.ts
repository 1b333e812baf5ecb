import type { Dataset } from './dataset.ts';
import { csvText } from './csvText.ts';
import { datasetTables, type DatasetTable, type TableColumn } from './datasetTables.ts';

/**
 * Frictionless Tabular Data Package (https://specs.frictionlessdata.io/tabular-data-package/): datapackage.json
 * describing records.csv, evidence.csv (one row per span), sources.csv and corrections.csv, each with a Table
 * Schema (types, primary and foreign keys). The CSVs are plain UTF-8 without BOM and without formula
 * neutralising: they are data for data tools, and every quote must stay byte-for-byte what the source says.
 */
export const DATA_PACKAGE_LICENSE = {
  name: 'ODC-BY-1.0',
  path: 'https://opendatacommons.org/licenses/by/1-0/',
  title: 'Open Data Commons Attribution License 1.0 (the curation; the source reports keep their own terms)',
};

export interface PackageFile {
  name: string;
  text: string;
}

export function dataPackageFiles(dataset: Dataset, name: string): PackageFile[] {
  const tables = datasetTables(dataset);
  const descriptor = {
    profile: 'tabular-data-package',
    name: packageName(name),
    title: `Indicator records (${dataset.filter === 'all' ? 'all statuses' : 'verified'})`,
    description: 'Indicator records from government work reports, each with its evidence in the source text. Offsets are Unicode code points into the raw text (the source decoded, BOM removed).',
    created: dataset.exportedAt,
    version: dataset.schema,
    licenses: [DATA_PACKAGE_LICENSE],
    sources: dataset.sources.map((s) => ({ title: `${s.title || s.fileName} (${s.fileName})`, path: `urn:sha256:${s.sha256}` })),
    contributors: [{ title: `${dataset.generator.name} ${dataset.generator.version}`, role: 'publisher' }],
    resources: tables.map(resourceOf),
  };
  return [
    { name: 'datapackage.json', text: JSON.stringify(descriptor, null, 2) + '\n' },
    ...tables.map((t) => ({ name: `${t.name}.csv`, text: csvText(t.columns.map((c) => c.name), t.rows, { bom: false, neutraliseFormulas: false }) })),
  ];
}

function resourceOf(table: DatasetTable) {
  return {
    name: table.name,
    path: `${table.name}.csv`,
    title: table.title,
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
    schema: {
      fields: table.columns.map(fieldOf),
      primaryKey: table.primaryKey,
      foreignKeys: table.foreignKeys,
      missingValues: [''],
    },
  };
}

function fieldOf(c: TableColumn) {
  return {
    name: c.name,
    type: c.type,
    // The app writes ISO 8601 with milliseconds, which the default datetime pattern does not allow.
    ...(c.type === 'datetime' ? { format: 'any' } : {}),
    description: c.description,
    ...(c.optional ? {} : { constraints: { required: true } }),
  };
}

/** Data Package names are lower-case ASCII with . _ - only. */
function packageName(name: string): string {
  const ascii = name.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
  return ascii || 'indicator-workbench-dataset';
}
