import { parse } from 'csv-parse/sync';

/**
 * A careful, independent reader for a Frictionless Tabular Data Package: parses each CSV with csv-parse and
 * checks it against its Table Schema (header, types, required fields, primary key, foreign keys). Returns every
 * violation found, so a test can expect none. (No maintained JavaScript validator works offline.)
 */
interface Field { name: string; type: string; constraints?: { required?: boolean } }
interface Resource {
  name: string;
  path: string;
  schema: { fields: Field[]; primaryKey: string[]; foreignKeys: { fields: string[]; reference: { resource: string; fields: string[] } }[]; missingValues: string[] };
}

const TYPES: Record<string, (v: string) => boolean> = {
  string: () => true,
  integer: (v) => /^-?\d+$/.test(v),
  number: (v) => /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(v),
  datetime: (v) => !Number.isNaN(Date.parse(v)),
};

export function checkDataPackage(descriptor: { resources: Resource[] }, readCsv: (path: string) => string): string[] {
  const problems: string[] = [];
  const tables = new Map<string, Record<string, string>[]>();
  for (const res of descriptor.resources) {
    const rows = parse(readCsv(res.path), { bom: true, relax_column_count: false }) as string[][];
    const [header, ...body] = rows;
    const names = res.schema.fields.map((f) => f.name);
    if (JSON.stringify(header) !== JSON.stringify(names)) problems.push(`${res.path}: header ${JSON.stringify(header)} is not ${JSON.stringify(names)}`);
    const records = body.map((row) => Object.fromEntries(names.map((n, i) => [n, row[i] ?? ''])));
    records.forEach((rec, i) => {
      for (const f of res.schema.fields) {
        const v = rec[f.name]!;
        const missing = res.schema.missingValues.includes(v);
        if (missing && f.constraints?.required) problems.push(`${res.path} row ${i + 2}: ${f.name} is required`);
        if (!missing && !TYPES[f.type]?.(v)) problems.push(`${res.path} row ${i + 2}: ${f.name} ${JSON.stringify(v)} is not a ${f.type}`);
      }
    });
    const keys = records.map((r) => res.schema.primaryKey.map((k) => r[k]).join('\u0000'));
    if (new Set(keys).size !== keys.length) problems.push(`${res.path}: primary key ${res.schema.primaryKey.join(',')} is not unique`);
    tables.set(res.name, records);
  }
  for (const res of descriptor.resources) {
    for (const fk of res.schema.foreignKeys) {
      const target = tables.get(fk.reference.resource);
      if (!target) { problems.push(`${res.path}: foreign key to unknown resource ${fk.reference.resource}`); continue; }
      const known = new Set(target.map((r) => fk.reference.fields.map((k) => r[k]).join('\u0000')));
      for (const rec of tables.get(res.name)!) {
        const key = fk.fields.map((k) => rec[k]).join('\u0000');
        if (!known.has(key)) problems.push(`${res.path}: ${fk.fields.join(',')}=${key} has no row in ${fk.reference.resource}`);
      }
    }
  }
  return problems;
}
