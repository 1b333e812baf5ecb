import { z } from 'zod';
import { CORRECTION_KINDS } from '../corrections/correction.ts';
import { RECORD_KINDS, RECORD_MEASURES, RECORD_STATUSES } from '../records/indicatorRecord.ts';
import { DATASET_JSON_SCHEMA_NAME, DATASET_SCHEMA, type Dataset } from './dataset.ts';
import type { CorrectedCodePoint, RawCodePoint } from '../text/offsets.ts';

/**
 * The shape of dataset.json as a zod schema: verify-export checks a file against it before anything else, and
 * data/schema/dataset.schema.json is generated from it (`z.toJSONSchema`), so the published JSON Schema, the
 * run-time check and the TypeScript type cannot drift apart (the type check at the bottom ties them).
 */
const codePoint = z.int().nonnegative();
// The same check; the type says which text the offset indexes (shared/text/offsets.ts). The brand is for the
// compiler only, so the JSON Schema generated from these is unchanged.
const rawCodePoint = (description?: string) =>
  (description ? codePoint.describe(description) : codePoint) as unknown as z.ZodType<RawCodePoint, RawCodePoint>;
const correctedCodePoint = (description?: string) =>
  (description ? codePoint.describe(description) : codePoint) as unknown as z.ZodType<CorrectedCodePoint, CorrectedCodePoint>;
const timestamp = z.string().min(1).describe('ISO 8601 date and time');
const sha256 = z.string().regex(/^[0-9a-f]{64}$/).describe('lower-case hex sha256 of the source file bytes');

const evidenceSchema = z.object({
  start: rawCodePoint('start in the raw text, code points'),
  end: rawCodePoint('end (exclusive) in the raw text, code points'),
  quote: z.string().describe('the raw text between start and end'),
  prefix: z.string().describe('up to 32 code points before the quote'),
  suffix: z.string().describe('up to 32 code points after the quote'),
  correctedStart: correctedCodePoint('start in the corrected text, code points'),
  correctedEnd: correctedCodePoint(),
  correctedQuote: z.string(),
});

const sourceSchema = z.object({
  docId: z.string().min(1),
  fileName: z.string(),
  sha256,
  encoding: z.enum(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030']),
  length: codePoint.describe('raw text length in code points'),
  title: z.string(),
  region: z.string(),
  previousVersions: z.array(z.object({ sha256, fileName: z.string(), importedAt: timestamp })),
});

const recordSchema = z.object({
  id: z.string().min(1),
  docId: z.string().min(1),
  indicator: z.string(),
  region: z.string(),
  year: z.int().nullable(),
  kind: z.enum(RECORD_KINDS),
  measure: z.enum(RECORD_MEASURES),
  value: z.string().describe('the value as written in the report'),
  unit: z.string(),
  qualifier: z.string(),
  valueNormalized: z.string().nullable().describe('exact decimal string in the base unit'),
  baseUnit: z.string().nullable(),
  note: z.string(),
  status: z.enum(RECORD_STATUSES),
  createdBy: z.string(),
  createdAt: timestamp,
  verifiedBy: z.string().nullable(),
  verifiedAt: timestamp.nullable(),
  evidence: z.array(evidenceSchema),
  corrections: z.array(z.string()).describe('ids of the active corrections touching the evidence'),
  // Absent in files written before the field existed; they still verify.
  valueDiffers: z.object({ reason: z.string().min(1), by: z.string(), at: timestamp }).nullable().default(null)
    .describe('set when the reviewer kept a value its evidence does not state, with the reason'),
});

const correctionSchema = z.object({
  id: z.string().min(1),
  docId: z.string().min(1),
  start: rawCodePoint(),
  end: rawCodePoint(),
  before: z.string(),
  after: z.string(),
  kind: z.enum(CORRECTION_KINDS),
  reason: z.string(),
  author: z.string(),
  at: timestamp,
});

export const datasetSchema = z.object({
  $schema: z.literal(DATASET_JSON_SCHEMA_NAME).optional().describe('the JSON Schema this file follows'),
  schema: z.literal(DATASET_SCHEMA),
  exportedAt: timestamp,
  generator: z.object({ name: z.string(), version: z.string() }),
  offsetUnit: z.literal('codepoint'),
  filter: z.enum(['verified', 'all']),
  sources: z.array(sourceSchema),
  records: z.array(recordSchema),
  corrections: z.array(correctionSchema),
}).describe('Indicator Workbench dataset export: indicator records with their provenance');

/** The JSON Schema published at data/schema/dataset.schema.json (a test keeps the file up to date). */
export function datasetJsonSchema(): Record<string, unknown> {
  return { $id: DATASET_JSON_SCHEMA_NAME, title: DATASET_SCHEMA, ...z.toJSONSchema(datasetSchema, { target: 'draft-2020-12' }) };
}

/** The file's text, exactly as kept in the repository. */
export function datasetJsonSchemaText(): string {
  return JSON.stringify(datasetJsonSchema(), null, 2) + '\n';
}

export interface ShapeProblem {
  /** Where in the file, e.g. `records[3].evidence[0].start`. */
  path: string;
  message: string;
}

/** Checks a parsed file against the schema; shape problems come back by path, never as a TypeError later. */
export function checkDatasetShape(input: unknown): { ok: true; dataset: Dataset } | { ok: false; problems: ShapeProblem[] } {
  const parsed = datasetSchema.safeParse(input);
  if (parsed.success) return { ok: true, dataset: parsed.data as Dataset };
  return { ok: false, problems: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })) };
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  return out || '(the whole file)';
}

// The schema and the Dataset type must describe the same thing: each assignment fails to compile if they drift.
type Parsed = z.output<typeof datasetSchema>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesType: Same<Parsed, Dataset> = true;
void schemaMatchesType;
