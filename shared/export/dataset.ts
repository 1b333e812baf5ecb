import type { Correction } from '../corrections/correction.ts';
import type { SourceEncoding } from '../text/decodeSource.ts';
import type { EvidenceView } from '../api/views.ts';
import type { RecordStatus } from '../records/indicatorRecord.ts';

/**
 * dataset.json: the curated records with their provenance, such that anyone can re-check every number
 * against the source bytes. Field names are a public contract (other scripts rely on them).
 * All offsets are Unicode code points: start/end into the raw text (the source decoded with `encoding`,
 * BOM removed), correctedStart/End into the corrected text (raw with the listed corrections applied).
 */
export const DATASET_SCHEMA = 'indicator-workbench/dataset@1';

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

export interface DatasetRecord {
  id: string;
  docId: string;
  indicator: string;
  region: string;
  year: number | null;
  kind: string;
  measure: string;
  value: string;
  unit: string;
  qualifier: string;
  valueNormalized: string | null;
  baseUnit: string | null;
  note: string;
  status: RecordStatus;
  createdBy: string;
  createdAt: string;
  verifiedBy: string | null;
  verifiedAt: string | null;
  evidence: EvidenceView[];
  corrections: string[];
}

export interface DatasetCorrection {
  id: string;
  docId: string;
  start: number;
  end: number;
  before: string;
  after: string;
  kind: Correction['kind'];
  reason: string;
  author: string;
  at: string;
}

export interface Dataset {
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
