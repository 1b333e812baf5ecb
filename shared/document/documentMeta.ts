import type { SourceEncoding } from '../text/decodeSource.ts';

/** One version of a document's source bytes; the first is the import, later ones come from "replace source". */
export interface SourceVersion {
  sha256: string;
  fileName: string;
  encoding: SourceEncoding;
  byteLength: number;
  /** Raw text length in code points. */
  length: number;
  importedAt: string;
  importedBy: string;
}

export interface DocumentMeta {
  id: string;
  fileName: string;
  title: string;
  region: string;
  yearsReviewed: number[];
  yearsPlanned: number[];
  /** The current source; `versions` keeps every earlier one for provenance. */
  source: SourceVersion;
  versions: SourceVersion[];
  createdAt: string;
}

export type EditableMeta = Pick<DocumentMeta, 'title' | 'region' | 'yearsReviewed' | 'yearsPlanned'>;
