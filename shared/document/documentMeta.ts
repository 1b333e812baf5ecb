import type { SourceEncoding } from '../text/decodeSource.ts';
import type { DetailGuesses } from './detailGuess.ts';

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
  /** How each detail was guessed at import (evidence line, sureness); absent on documents imported before. */
  detailGuesses?: DetailGuesses;
  /** Who confirmed the details after import, so unsure guesses stop asking; absent until then. */
  detailsConfirmed?: { by: string; at: string };
}

export type EditableMeta = Pick<DocumentMeta, 'title' | 'region' | 'yearsReviewed' | 'yearsPlanned'>;
