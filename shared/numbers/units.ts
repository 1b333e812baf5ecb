/**
 * Units as written in reports, and the stable English base unit each normalises to.
 *
 * A written unit is: an optional multiplier prefix (万亿/亿/万/千/百/十) and a base unit from
 * `BASE_UNITS` ("亿千瓦时" = 亿 × 千瓦时), or a bare 万/亿/万亿 ("千亿" = 1000 × 亿, base "number").
 * The written unit is kept as evidence; the base unit and factor are for comparing values.
 */
import { foldWidth } from './chars.ts';
import type { DecimalString } from './decimal.ts';

/** Stable base-unit names. Append only: records store them. */
export type BaseUnit =
  | 'number' // a bare number or bare multiplier (千亿): no unit was written
  | 'yuan' | 'usd'
  | 'persons' | 'person_times' | 'households' | 'count'
  | 'tonnes' | 'kg' | 'g' | 'jin'
  | 'mu' | 'hectares' | 'square_km' | 'square_m'
  | 'km' | 'm' | 'cubic_m'
  | 'kw' | 'kwh' | 'kv' | 'kva'
  | 'percent' | 'per_mille' | 'percentage_points'
  | 'times' // 倍: a multiple
  | 'years' | 'months' | 'days' | 'hours' | 'minutes' // durations
  | 'years_of_age'
  | 'calendar_year' | 'month_of_year' | 'day_of_month' | 'quarter_of_year' // points in time, not amounts
  | 'ug_per_m3' | 'mg_per_l'
  | 'teu' // 标准箱: twenty-foot equivalent units of container traffic
  | 'pflops'; // P of computing power (算力规模 11.4 万P)

export interface BaseUnitSpec {
  /** The base unit as written: 元, 千瓦时, 个百分点, GWh. */
  written: string;
  base: BaseUnit;
  /** What one written unit is in `base` (兆瓦 = 1000 kw). */
  factor: DecimalString;
  /** Whether 万/亿/千… may stand before it (万吨 yes, 万% no). */
  prefixable: boolean;
  /** Too ambiguous after a Chinese numeral (百度 is a company, not 100 kWh). */
  arabicOnly?: boolean;
}

const spec = (written: string, base: BaseUnit, factor = '1', prefixable = true, arabicOnly = false): BaseUnitSpec => ({
  written, base, factor, prefixable, ...(arabicOnly ? { arabicOnly } : {}),
});

/** Classifiers that count discrete things; all normalise to "count" (the written unit keeps which). */
const COUNT_CLASSIFIERS = [
  '个', '家', '座', '项', '所', '辆', '台', '套', '条', '处', '件', '张', '场', '间', '栋', '幢',
  '宗', '例', '支', '篇', '架', '艘', '株', '棵', '头', '只', '匹', '口', '次', '床',
];
/** Classifiers that, after a Chinese numeral, are usually a word instead (一起 "together", 一部分, 一块儿). */
const ARABIC_ONLY_CLASSIFIERS = ['起', '部', '块'];

export const BASE_UNITS: readonly BaseUnitSpec[] = [
  spec('元', 'yuan'), spec('美元', 'usd'),
  spec('人', 'persons'), spec('名', 'persons'), spec('位', 'persons'),
  spec('人次', 'person_times'), spec('户', 'households'),
  ...COUNT_CLASSIFIERS.map((c) => spec(c, 'count')),
  ...ARABIC_ONLY_CLASSIFIERS.map((c) => spec(c, 'count', '1', true, true)),
  spec('吨', 'tonnes'), spec('公斤', 'kg'), spec('千克', 'kg'), spec('克', 'g'), spec('斤', 'jin'),
  spec('亩', 'mu'), spec('公顷', 'hectares'),
  spec('平方公里', 'square_km'), spec('平方千米', 'square_km'), spec('km²', 'square_km'),
  spec('平方米', 'square_m'), spec('㎡', 'square_m'), spec('m²', 'square_m'),
  spec('公里', 'km'), spec('千米', 'km'), spec('km', 'km'), spec('米', 'm'),
  spec('立方米', 'cubic_m'), spec('m³', 'cubic_m'),
  spec('千瓦', 'kw'), spec('瓦', 'kw', '0.001'), spec('兆瓦', 'kw', '1000'),
  spec('kW', 'kw'), spec('MW', 'kw', '1000'), spec('GW', 'kw', '1000000'),
  spec('千瓦时', 'kwh'), spec('度', 'kwh', '1', true, true),
  spec('kWh', 'kwh'), spec('MWh', 'kwh', '1000'), spec('GWh', 'kwh', '1000000'),
  spec('千伏', 'kv'), spec('千伏安', 'kva'),
  spec('%', 'percent', '1', false), spec('‰', 'per_mille', '1', false),
  spec('个百分点', 'percentage_points', '1', false), spec('百分点', 'percentage_points', '1', false),
  spec('成', 'percent', '10', false), // 八成 = 80 %
  spec('倍', 'times', '1', false),
  spec('年', 'years', '1', false), spec('周年', 'years', '1', false),
  spec('个月', 'months', '1', false), spec('天', 'days', '1', false),
  spec('小时', 'hours', '1', false), spec('分钟', 'minutes', '1', false),
  spec('岁', 'years_of_age', '1', false),
  spec('月', 'month_of_year', '1', false), spec('月份', 'month_of_year', '1', false),
  spec('日', 'day_of_month', '1', false), spec('季度', 'quarter_of_year', '1', false),
  spec('微克/立方米', 'ug_per_m3', '1', false), spec('微克每立方米', 'ug_per_m3', '1', false), spec('μg/m³', 'ug_per_m3', '1', false),
  spec('毫克/升', 'mg_per_l', '1', false), spec('mg/L', 'mg_per_l', '1', false),
  spec('标准箱', 'teu'), spec('标箱', 'teu'), spec('TEU', 'teu'),
  spec('P', 'pflops', '1', true, true), spec('PFlops', 'pflops', '1', true, true),
];

/** Multiplier prefixes, longest first, with their power of ten. Bare ones may stand alone (千亿). */
export const UNIT_PREFIXES: ReadonlyArray<{ written: string; exponent: number; bare: boolean }> = [
  { written: '万亿', exponent: 12, bare: true },
  { written: '億', exponent: 8, bare: true },
  { written: '萬', exponent: 4, bare: true },
  { written: '亿', exponent: 8, bare: true },
  { written: '万', exponent: 4, bare: true },
  { written: '千', exponent: 3, bare: false },
  { written: '百', exponent: 2, bare: false },
  { written: '十', exponent: 1, bare: false },
];

/** Characters that make a number approximate when written inside the expression: 1.1万余座, 200多家. */
export const APPROX_MARKS = ['余', '多'] as const;
export type ApproxMark = (typeof APPROX_MARKS)[number];

const BY_LENGTH = [...BASE_UNITS].sort((a, b) => b.written.length - a.written.length);

export interface ParsedUnit {
  /** The unit as written, width-folded, without any approx mark: "亿元", "万座", "%". */
  unit: string;
  prefix: string;
  /** Power of ten of the prefix (0 when none). */
  exponent: number;
  base: BaseUnit;
  /** Factor of the base unit itself (兆瓦 → "1000"). */
  factor: DecimalString;
  approx?: ApproxMark;
}

export interface UnitMatch extends ParsedUnit {
  /** Offset just past the unit (and any approx mark) in the scanned text. */
  end: number;
}

export interface MatchUnitOptions {
  /** The number before was a Chinese numeral: `arabicOnly` base units are not accepted. */
  afterChineseNumeral?: boolean;
}

/**
 * The longest unit starting exactly at `pos` in `text` (which must already be width-folded), with an
 * approx mark 余/多 allowed before or after the prefix ("200多万元", "1.1万余座"). Returns null when
 * no unit starts there; an approx mark alone ("200多，") is returned as unit "" with base "number".
 */
export function matchUnitAt(text: string, pos: number, options: MatchUnitOptions = {}): UnitMatch | null {
  let best: UnitMatch | null = null;
  const consider = (m: UnitMatch): void => {
    // Longest wins; on a tie the base unit without a prefix wins (千瓦 is kw, not 千 × 瓦).
    if (best === null || m.end > best.end || (m.end === best.end && m.prefix.length < best.prefix.length)) best = m;
  };
  const approxAt = (i: number): ApproxMark | undefined => APPROX_MARKS.find((a) => text.startsWith(a, i));

  const lead = approxAt(pos);
  const afterLead = lead ? pos + 1 : pos;
  for (const prefix of [...UNIT_PREFIXES, { written: '', exponent: 0, bare: false }]) {
    if (!text.startsWith(prefix.written, afterLead)) continue;
    let at = afterLead + prefix.written.length;
    let approx = lead;
    if (!approx && prefix.written !== '') {
      const mid = approxAt(at);
      if (mid) {
        approx = mid;
        at++;
      }
    }
    const base = baseAt(text, at, options);
    if (base && (prefix.written === '' || base.prefixable)) {
      consider({
        unit: prefix.written + base.written, prefix: prefix.written, exponent: prefix.exponent,
        base: base.base, factor: base.factor, end: at + base.written.length, ...(approx ? { approx } : {}),
      });
    } else if (prefix.bare) {
      consider({ unit: prefix.written, prefix: prefix.written, exponent: prefix.exponent, base: 'number', factor: '1', end: at, ...(approx ? { approx } : {}) });
    }
  }
  if (best === null && lead) return { unit: '', prefix: '', exponent: 0, base: 'number', factor: '1', end: pos + 1, approx: lead };
  return best;
}

function baseAt(text: string, at: number, options: MatchUnitOptions): BaseUnitSpec | null {
  for (const b of BY_LENGTH) {
    if (!text.startsWith(b.written, at)) continue;
    if (b.arabicOnly && options.afterChineseNumeral) continue;
    // A Latin unit must end at a word boundary: "5G" is not 5 × G…, "10GWh" is 10 GWh.
    const last = b.written[b.written.length - 1] ?? '';
    const next = text[at + b.written.length];
    if (/[A-Za-z]/.test(last) && next !== undefined && /[A-Za-z]/.test(next)) continue;
    return b;
  }
  return null;
}

/**
 * Parses a whole unit string as written ("亿元", "万千瓦", "％", "", "个百分点"). "" is a bare number.
 * Returns null for an unknown unit. An approx mark inside ("万余座") is accepted and reported.
 */
export function parseUnit(unit: string, options: MatchUnitOptions = {}): ParsedUnit | null {
  const text = foldWidth(unit.trim());
  if (text === '') return { unit: '', prefix: '', exponent: 0, base: 'number', factor: '1' };
  const m = matchUnitAt(text, 0, options);
  if (m === null || m.end !== text.length) return null;
  const { end: _end, ...parsed } = m;
  return parsed;
}
