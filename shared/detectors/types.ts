import type { Reason } from '../explain/reason.ts';

/** The kinds of damage the detectors look for in scraped/OCR'd report text. */
export type DefectType = 'duplicate' | 'broken_line' | 'caption' | 'fragment' | 'markup' | 'boilerplate' | 'typo';

export const DEFECT_TYPES: readonly DefectType[] = [
  'duplicate', 'broken_line', 'caption', 'fragment', 'markup', 'boilerplate', 'typo',
];

/** A half-open range of UTF-16 offsets into the scanned text. */
export interface TextRange {
  start: number;
  end: number;
}

export interface Finding {
  /** Stable across re-scans: derived from type, the text involved and its local context, never from array position. */
  id: string;
  type: DefectType;
  /** UTF-16 offsets into the scanned text (callers convert to code points). */
  start: number;
  end: number;
  /** === text.slice(start, end) */
  text: string;
  /** Proposed new text for [start, end); '' deletes. */
  replacement: string;
  /** 0..1 */
  confidence: number;
  /** One line of English for the reviewer (CLI, logs). */
  reason: string;
  /** The same explanation as a code and parameters (`finding.<type>.<variant>`), translated in the renderer. */
  reasonCode: Reason;
  /** Other places involved (the earlier copy of a duplicate, the other end of a fragment). */
  related?: TextRange[];
}

/** A finding before it gets its id; the index assigns ids once all detectors have run. */
export type DraftFinding = Omit<Finding, 'id' | 'text'>;

export interface DetectOptions {
  /** Restrict the scan to these defect types (default: all). */
  types?: DefectType[];
  /** Ranges that carry extracted records; the duplicate detector prefers deleting a copy outside them. */
  protectedRanges?: TextRange[];
  /** Numeric choices of the detectors, for the bench's leave-one-report-out view; defaults otherwise. */
  tuning?: DetectorTuning;
}

export interface DetectorTuning {
  /** Longest word (characters) taken for a token that inline markup set on a line of its own. */
  isolatedTokenMax?: number;
  /** Shortest line (characters) taken for a running page header when printed three or more times. */
  runningHeaderMinChars?: number;
}
