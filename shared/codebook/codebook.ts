import type { RecordMeasure } from '../records/indicatorRecord.ts';

/**
 * One indicator a reviewer may extract: its canonical Chinese name, the other ways reports write it, and
 * what its statements usually look like (measures and units), so a suggestion that does not fit can be
 * scored lower or dropped.
 */
export interface CodebookEntry {
  /** Canonical name, stored on records: 地区生产总值. */
  name: string;
  /** Other spellings, exactly as reports write them: GDP, 生产总值, 规上工业增加值. */
  synonyms: string[];
  /** Measures its statements usually take. */
  measures: RecordMeasure[];
  /** Units as written (亿元, %, 万人). Empty: any unit. */
  units: string[];
  /** A heading for browsing and export: 经济总量, 农业农村 … */
  group?: string;
  /**
   * Canonical names of the components a combined name stands for, in the order reports list them:
   * 城乡居民人均可支配收入 → 城镇…, 农村… ("城乡居民人均可支配收入分别达到 A 元、B 元").
   */
  parts?: string[];
  /**
   * A headline indicator: a figure nearly every work report states and a dataset is expected to carry; the dataset
   * view lists the documents that have no record of it yet.
   */
  headline?: boolean;
}

export type Codebook = readonly CodebookEntry[];
