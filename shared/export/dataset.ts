import type { SourceEncoding } from '../text/decodeSource.ts';
import type { CorrectionView, EvidenceView } from '../api/views.ts';
import type { IndicatorRecord, ValueDiffers } from '../records/indicatorRecord.ts';

/**
 * dataset.json: the curated records with their provenance, such that anyone can re-check every number
 * against the source bytes. Field names are a public contract (other scripts rely on them).
 * All offsets are Unicode code points: start/end into the raw text (the source decoded with `encoding`,
 * BOM removed), correctedStart/End into the corrected text (raw with the listed corrections applied).
 */
export const DATASET_SCHEMA = 'indicator-workbench/dataset@1';
/** The JSON Schema of this file, kept in the repository at data/schema/dataset.schema.json. */
export const DATASET_JSON_SCHEMA_NAME = 'dataset.schema.json';

export interface DatasetSource {
  docId: string;
  fileName: string;
  sha256: string;
  encoding: SourceEncoding;
  /** Raw text length in code points. */
  length: number;
  title: string;
  region: string;
  previousVersions: { sha256: string; fileName: string; importedAt: string }[];
}

/** A record as exported: its own fields, evidence in code points, and the corrections touching it. */
export interface DatasetRecord extends Pick<IndicatorRecord,
  | 'id' | 'docId' | 'indicator' | 'region' | 'year' | 'kind' | 'measure' | 'value' | 'unit' | 'qualifier'
  | 'valueNormalized' | 'baseUnit' | 'note' | 'status' | 'createdBy' | 'createdAt' | 'verifiedBy' | 'verifiedAt'> {
  evidence: EvidenceView[];
  corrections: string[];
  /** Set when the reviewer kept a value its evidence does not state, with the reason; null otherwise. */
  valueDiffers: ValueDiffers | null;
}

/** A correction as exported: start/end in raw code points (not the app's internal UTF-16 offsets). */
export type DatasetCorrection = Pick<CorrectionView, 'id' | 'docId' | 'start' | 'end' | 'before' | 'after' | 'kind' | 'reason' | 'author' | 'at'>;

export interface Dataset {
  /** Names the JSON Schema (data/schema/dataset.schema.json in the repository; copy it beside the file for editors). */
  $schema?: typeof DATASET_JSON_SCHEMA_NAME;
  schema: typeof DATASET_SCHEMA;
  exportedAt: string;
  generator: { name: string; version: string };
  offsetUnit: 'codepoint';
  filter: 'verified' | 'all';
  sources: DatasetSource[];
  records: DatasetRecord[];
  /** The active corrections of every exported document, in raw code points; applying them rebuilds the corrected text. */
  corrections: DatasetCorrection[];
}
