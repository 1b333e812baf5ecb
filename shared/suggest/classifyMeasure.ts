import type { CodebookEntry } from '../codebook/index.ts';
import { parseUnit } from '../numbers/index.ts';
import type { BaseUnit, Quantity } from '../numbers/index.ts';
import type { RecordMeasure } from '../records/indicatorRecord.ts';

/** Words saying a percentage is a change (增长 3.8%), not a level of a rate (失业率 4%). */
const CHANGE_WORDS = /增长|增速|增幅|下降|减少|降低|提高|提升|上升|上涨|回落|减|增加|翻/;
/** 提高到 45%, 降至 5%: the value is the level a change reached, not the size of the change… */
const REACHED = /(?:提高|提升|上升|上涨|增加|增长|下降|降低|减少|回落|[增升降减])(?:到|至)\s*(?:了)?\s*(?:约|近|超|逾)?\s*$/;
/** …unless what reached it is itself a change: 增速提高到 6%. */
const NAMED_CHANGE = /增速|增幅|增长率|涨幅|降幅/;
/** Units of relative size, which every indicator may take (its growth, its rate, its share). */
export const RELATIVE_UNITS: ReadonlySet<BaseUnit> = new Set(['percent', 'per_mille', 'percentage_points', 'times']);
/** Units that count things; a codebook entry in 家 also accepts 户 or 个 and vice versa. */
const COUNTING_UNITS: ReadonlySet<BaseUnit> = new Set(['count', 'households']);

/**
 * What a value measures, from its unit and the words before it in its clause:
 * % after 增长/下降 → growth, but after 提高到/降至 the level reached (rate or share); % of a rate indicator → rate;
 * % after 占…比重 → share; 个百分点 and 倍 → growth
 * (a change); 家/个/户 → count; any other amount → level. Null for a number with no unit.
 */
export function classifyMeasure(entry: CodebookEntry, q: Quantity, wordsBefore: string, isShare: boolean): RecordMeasure | null {
  const expects = (m: RecordMeasure): boolean => entry.measures.includes(m);
  switch (q.baseUnit) {
    case 'percent':
    case 'per_mille':
      if (isShare) return 'share';
      // 上涨幅度控制在 2%, 涨幅 3% 左右: the size of a change stated as a level of its rate.
      if (/幅度|涨幅/.test(wordsBefore) && expects('rate')) return 'rate';
      if (REACHED.test(wordsBefore) && !NAMED_CHANGE.test(wordsBefore)) return reachedLevel(entry, wordsBefore);
      if (CHANGE_WORDS.test(wordsBefore) && expects('growth')) return 'growth';
      if (expects('rate')) return 'rate';
      if (expects('share')) return 'share';
      return 'growth';
    case 'percentage_points':
    case 'times':
      return 'growth';
    case 'number':
      // A bare 千亿 / 1.2万: an amount with its multiplier and no unit word.
      return q.unit === '' ? null : expects('count') && !expects('level') ? 'count' : 'level';
    default:
      if (COUNTING_UNITS.has(q.baseUnit)) return expects('count') || !expects('level') ? 'count' : 'level';
      return expects('level') || !expects('count') ? 'level' : 'count';
  }
}

/** A percentage a change reached (比重提高到 45%): the indicator's rate or share, whichever it is said as. */
function reachedLevel(entry: CodebookEntry, wordsBefore: string): RecordMeasure {
  if (/比重|占比|份额/.test(wordsBefore) || (entry.measures.includes('share') && !entry.measures.includes('rate'))) return 'share';
  return 'rate';
}

/** Whether the quantity's unit is one the indicator is stated in (relative units always are). */
export function unitFits(entry: CodebookEntry, q: Quantity): boolean {
  if (RELATIVE_UNITS.has(q.baseUnit)) return true;
  if (q.baseUnit === 'number') return q.unit !== '';
  if (entry.units.length === 0) return true;
  const bases = new Set(entry.units.map((u) => parseUnit(u)?.base).filter((b): b is BaseUnit => b !== undefined));
  if (bases.has(q.baseUnit)) return true;
  return COUNTING_UNITS.has(q.baseUnit) && [...bases].some((b) => COUNTING_UNITS.has(b));
}

/** The written unit is one the codebook lists (亿元 for 亿元), a stronger sign than a matching base unit. */
export function unitListed(entry: CodebookEntry, q: Quantity): boolean {
  return entry.units.includes(q.unit);
}
