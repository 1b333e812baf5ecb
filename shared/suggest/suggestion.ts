import type { Reason } from '../explain/reason.ts';
import type { IndicatorRecord } from '../records/indicatorRecord.ts';

/** What the suggester needs to know about the document beyond its text. */
export interface SuggestMeta {
  region: string;
  yearsReviewed: number[];
  yearsPlanned: number[];
}

/** The record fields a suggestion proposes. */
export type SuggestedField = 'indicator' | 'region' | 'year' | 'kind' | 'measure' | 'value' | 'unit' | 'qualifier' | 'valueNormalized' | 'baseUnit';

/** A record the reviewer may accept, edit or reject; never saved without a person's decision. */
export interface Suggestion extends Pick<IndicatorRecord, SuggestedField> {
  /**
   * Stable: derived from indicator, measure, kind, value, unit and the quoted words, never from the
   * position in the list or in the text, so a rejected suggestion stays rejected after unrelated edits.
   * (value: the number as written, 172.9, 千, １７２.９; unit: as written, width-folded, 亿元, %, 个百分点.)
   */
  id: string;
  /** UTF-16 offsets of the evidence: from the indicator mention to the end of the number, unit and qualifier. */
  start: number;
  end: number;
  /** === text.slice(start, end) */
  quote: string;
  /** 0..1 */
  confidence: number;
  /** One line of English (the CLI's). */
  reason: string;
  /** Why, structured for translation: how the indicator was named, how the value was tied, what dated it. */
  reasons: Reason[];
}
