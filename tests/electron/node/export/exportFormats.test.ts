import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { unzipSync, strFromU8 } from 'fflate';
import jsonld from 'jsonld';
import type { RemoteDocument } from 'jsonld/jsonld-spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeExport } from '../../../../electron/node/export/writeExport.ts';
import type { Dataset } from '../../../../shared/export/dataset.ts';
import { codePointsOf, exportProject, type ExportProject } from '../../../helpers/exportProject.ts';
import { checkDataPackage } from '../../../helpers/tableSchemaCheck.ts';
import { FIXTURES_DIR } from '../../../helpers/tempProject.ts';

let x: ExportProject;
let dataset: Dataset;
let out: string;
beforeAll(async () => {
  x = await exportProject();
  dataset = JSON.parse((await x.p.call('export.dataset', { format: 'json', all: true })).content) as Dataset;
  out = await mkdtemp(join(tmpdir(), 'iw-export-'));
});
afterAll(async () => {
  await x.p.dispose();
  await rm(out, { recursive: true, force: true });
});

/** The raw text of each exported source, read from the copies on disk by an independent decoder. */
async function sourceTexts(): Promise<Map<string, string[]>> {
  const texts = new Map<string, string[]>();
  for (const s of dataset.sources) texts.set(s.sha256, codePointsOf(await readFile(join(x.sources, s.fileName)), s.encoding));
  return texts;
}

describe('CSV', () => {
  it('parses with its negative numbers intact, formula-like text neutralised, Chinese and a BOM', async () => {
    const result = await x.p.call('export.dataset', { format: 'csv', all: true });
    const rows = parse(result.content, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(6);
    const growth = rows.filter((r) => r.indicator === '工业增加值增速');
    expect(growth.map((r) => Number(r.value))).toEqual([-3.5, -3.5]);
    expect(rows.filter((r) => r.indicator === 'x').map((r) => r.value)).toEqual(["'=1+2", "'=1+2"]);
    expect(rows.find((r) => r.indicator === '地区生产总值' && r.docId === 'jiaoqu')).toMatchObject({ unit: '亿元', valueNormalized: '17290000000', year: '2022' });
    expect(result.content.startsWith('\uFEFF')).toBe(true);
  });
});

describe('JSON-LD (W3C Web Annotation)', () => {
  it('expands with a JSON-LD processor, one annotation per span, every selector matching the source text', async () => {
    const doc = JSON.parse((await x.p.call('export.dataset', { format: 'jsonld', all: true })).content) as Record<string, unknown>;
    const context = JSON.parse(await readFile(`${FIXTURES_DIR}jsonld/anno.jsonld`, 'utf8')) as RemoteDocument['document'];
    const documentLoader = async (url: string): Promise<RemoteDocument> => {
      if (url !== 'http://www.w3.org/ns/anno.jsonld') throw new Error(`no network in tests: ${url}`);
      return { contextUrl: undefined, documentUrl: url, document: context };
    };
    const expanded = await jsonld.expand(doc as jsonld.JsonLdDocument, { documentLoader });
    const OA = 'http://www.w3.org/ns/oa#';
    const AS = 'http://www.w3.org/ns/activitystreams#';
    type Node = Record<string, { '@value'?: unknown; '@id'?: string; '@list'?: Node[] }[]> & { '@type'?: string[] };
    const collection = expanded[0] as unknown as Node;
    const page = collection[`${AS}first`]![0] as unknown as Node;
    const annotations = page[`${AS}items`]![0]!['@list']!;
    expect(annotations).toHaveLength(dataset.records.reduce((n, r) => n + r.evidence.length, 0));

    const texts = await sourceTexts();
    const value = (n: Node, p: string) => n[p]![0]!['@value'];
    for (const a of annotations) {
      expect(a['@type']).toEqual([`${OA}Annotation`]);
      const target = a[`${OA}hasTarget`]![0] as unknown as Node;
      const source = target[`${OA}hasSource`]![0]!['@id']!;
      expect(source).toMatch(/^urn:sha256:[0-9a-f]{64}$/);
      const text = texts.get(source.slice('urn:sha256:'.length))!;
      const selectors = target[`${OA}hasSelector`] as unknown as Node[];
      const position = selectors.find((s) => s['@type']![0] === `${OA}TextPositionSelector`)!;
      const quote = selectors.find((s) => s['@type']![0] === `${OA}TextQuoteSelector`)!;
      const start = Number(value(position, `${OA}start`));
      const end = Number(value(position, `${OA}end`));
      const exact = value(quote, `${OA}exact`) as string;
      expect(text.slice(start, end).join('')).toBe(exact);
      expect(text.slice(0, start).join('').endsWith(value(quote, `${OA}prefix`) as string)).toBe(true);
      expect(text.slice(end).join('').startsWith(value(quote, `${OA}suffix`) as string)).toBe(true);
      const body = a[`${OA}hasBody`]![0] as unknown as Node;
      expect(body['urn:indicator-workbench:terms:indicator']).toBeDefined();
      expect(a['http://purl.org/dc/terms/creator']).toBeDefined();
      expect(value(a, 'http://purl.org/dc/terms/created')).toMatch(/^\d{4}-/);
    }
    // The GB18030 report has 𠀀 before the evidence: positions count it as one code point, as the model requires.
    const astral = dataset.sources.find((s) => s.docId === 'astral')!;
    expect(texts.get(astral.sha256)!.length).toBe(astral.length);
  });
});

describe('Frictionless Data Package', () => {
  it('zip: every CSV agrees with its Table Schema, keys resolve, numbers are typed as numbers', async () => {
    const result = await x.p.call('export.dataset', { format: 'datapackage', all: true });
    expect(result.fileName).toBe('dataset.zip');
    const files = unzipSync(Buffer.from(result.content, 'base64'));
    expect(Object.keys(files).sort()).toEqual(['corrections.csv', 'datapackage.json', 'evidence.csv', 'records.csv', 'sources.csv']);
    const descriptor = JSON.parse(strFromU8(files['datapackage.json']!));
    expect(descriptor).toMatchObject({ profile: 'tabular-data-package', licenses: [{ name: 'ODC-BY-1.0' }] });
    expect(descriptor.sources).toHaveLength(2);
    expect(checkDataPackage(descriptor, (path) => strFromU8(files[path]!))).toEqual([]);

    const records = descriptor.resources.find((r: { name: string }) => r.name === 'records');
    const typeOf = (name: string) => records.schema.fields.find((f: { name: string }) => f.name === name).type;
    expect([typeOf('valueNumber'), typeOf('valueNormalized'), typeOf('year')]).toEqual(['number', 'number', 'integer']);
    const evidence = parse(strFromU8(files['evidence.csv']!), { columns: true }) as Record<string, string>[];
    expect(evidence).toHaveLength(dataset.records.reduce((n, r) => n + r.evidence.length, 0));
    const texts = await sourceTexts();
    const shaOf = new Map(dataset.sources.map((s) => [s.docId, s.sha256]));
    for (const e of evidence) expect(texts.get(shaOf.get(e.docId!)!)!.slice(Number(e.start), Number(e.end)).join('')).toBe(e.quote);
  });

  it('a folder when the path does not end in .zip, each file written atomically', async () => {
    const result = await x.p.call('export.dataset', { format: 'datapackage', all: true });
    const folder = join(out, 'package');
    await writeExport(result, folder);
    expect((await readdir(folder)).sort()).toEqual(['corrections.csv', 'datapackage.json', 'evidence.csv', 'records.csv', 'sources.csv']);
    const descriptor = JSON.parse(await readFile(join(folder, 'datapackage.json'), 'utf8'));
    const csv = new Map<string, string>();
    for (const r of descriptor.resources) csv.set(r.path, await readFile(join(folder, r.path), 'utf8'));
    expect(checkDataPackage(descriptor, (path) => csv.get(path)!)).toEqual([]);
  });
});

describe('XLSX', () => {
  it('reopens with four sheets, numbers numeric, text as text, Chinese intact and the header frozen', async () => {
    const result = await x.p.call('export.dataset', { format: 'xlsx', all: true });
    const path = join(out, 'dataset.xlsx');
    await writeExport(result, path);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    expect(book.worksheets.map((s) => s.name)).toEqual(['records', 'evidence', 'sources', 'corrections']);
    const sheet = book.getWorksheet('records')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2));
    expect(rows).toHaveLength(6);
    const growth = rows.find((r) => r.getCell(col('indicator')).value === '工业增加值增速')!;
    expect(growth.getCell(col('valueNumber')).value).toBe(-3.5);
    expect(growth.getCell(col('value')).value).toBe('-3.5');
    const gdp = rows.find((r) => r.getCell(col('indicator')).value === '地区生产总值' && r.getCell(col('docId')).value === 'jiaoqu')!;
    expect(gdp.getCell(col('valueNormalized')).value).toBe(17290000000);
    expect(gdp.getCell(col('year')).value).toBe(2022);
    expect(gdp.getCell(col('unit')).value).toBe('亿元');
    const formula = rows.find((r) => r.getCell(col('indicator')).value === 'x')!;
    expect(formula.getCell(col('value')).type).toBe(ExcelJS.ValueType.String);
    expect(book.getWorksheet('evidence')!.getRow(2).getCell(4).type).toBe(ExcelJS.ValueType.Number);
    // Widths as written in the sheet's XML (<col min max width>), read without exceljs.
    const xml = strFromU8(unzipSync(await readFile(path))['xl/worksheets/sheet1.xml']!);
    const cols = [...xml.matchAll(/<col min="(\d+)" max="(\d+)" width="([\d.]+)"/g)].map((m) => ({ min: Number(m[1]), max: Number(m[2]), width: Number(m[3]) }));
    // exceljs leaves out a column of width 9, its default.
    const widthOf = (name: string) => cols.find((c) => c.min <= col(name) && col(name) <= c.max)?.width ?? 9;
    expect(cols.length).toBeGreaterThan(0);
    expect(widthOf('indicator')).toBeGreaterThan(widthOf('kind'));
    for (const name of header as string[]) expect(widthOf(name)).toBeGreaterThanOrEqual(8);
  });
});
