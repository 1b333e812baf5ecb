import type { RecordMeasure } from '../../records/indicatorRecord.ts';
import type { CodebookEntry } from '../codebook.ts';

/** One codebook entry: group, canonical name, synonyms as reports write them, expected measures and units. */
export const entry = (
  group: string, name: string, synonyms: string[], measures: RecordMeasure[], units: string[], parts?: string[],
): CodebookEntry => ({ name, synonyms, measures, units, group, ...(parts ? { parts } : {}) });

export const MONEY = ['亿元', '万元', '元', '万亿元'];
export const FOREIGN_MONEY = ['亿美元', '万美元', '美元'];
export const AMOUNT: RecordMeasure[] = ['level', 'growth'];
export const COUNTED: RecordMeasure[] = ['count', 'growth'];
export const PERCENT = ['%', '个百分点', '百分点'];
export const COUNT_UNITS = ['家', '户', '个', '万户', '万家', '座', '所', '项'];
