import type { ReasonTable } from './reasonText.ts';

/**
 * Why a plausibility check flags numbers (`check.<kind>.<variant>`, see shared/checks/checkPlausibility.ts).
 * Parameters name the indicator, region, years, values as written (with units) and documents by title.
 */
export const CHECK_REASONS: ReasonTable = {
  en: {
    'check.levelGrowth.mismatch':
      '{indicator} ({region}): {value} in {year} after {previousValue} in {previousYear} is a change of {implied}, but {document} reports growth of {growth}.',
    'check.levelGrowth.mismatchAtCurrentPrices':
      '{indicator} ({region}): {value} in {year} after {previousValue} in {previousYear} is a change of {implied}, but {document} reports growth of {growth}: more apart than rounding and price changes explain.',
    'check.targetFar.level':
      '{indicator} ({region}): the {year} target {value} in {document} is {ratio} times the {actualYear} actual {actualValue}.',
    'check.targetFar.rate':
      '{indicator} ({region}): the {year} target {value} in {document} is {points} points from the {actualYear} actual {actualValue}.',
    'check.magnitude.unitJump':
      '{indicator} ({region}): {value} in {year} ({document}) against {previousValue} in {previousYear} ({previousDocument}) differ about {factor}-fold and are written in different units: is one unit wrong?',
    'check.magnitude.jumpUp':
      '{indicator} ({region}): {value} in {year} ({document}) is about {factor} times {previousValue} in {previousYear} ({previousDocument}): a unit or a digit wrong?',
    'check.magnitude.jumpDown':
      '{indicator} ({region}): {value} in {year} ({document}) is about a {factor}th of {previousValue} in {previousYear} ({previousDocument}): a unit or a digit wrong?',
  },
  'zh-CN': {
    'check.levelGrowth.mismatch':
      '{indicator}（{region}）：{previousYear} 年 {previousValue}，{year} 年 {value}，变化 {implied}；但《{document}》报告增长 {growth}。',
    'check.levelGrowth.mismatchAtCurrentPrices':
      '{indicator}（{region}）：{previousYear} 年 {previousValue}，{year} 年 {value}，变化 {implied}；但《{document}》报告增长 {growth}，差距超出四舍五入和价格因素所能解释的范围。',
    'check.targetFar.level':
      '{indicator}（{region}）：《{document}》中 {year} 年目标 {value} 是 {actualYear} 年实际值 {actualValue} 的 {ratio} 倍。',
    'check.targetFar.rate':
      '{indicator}（{region}）：《{document}》中 {year} 年目标 {value} 与 {actualYear} 年实际值 {actualValue} 相差 {points} 个百分点。',
    'check.magnitude.unitJump':
      '{indicator}（{region}）：{year} 年 {value}（《{document}》）与 {previousYear} 年 {previousValue}（《{previousDocument}》）相差约 {factor} 倍，且单位不同：是否有一个单位写错？',
    'check.magnitude.jumpUp':
      '{indicator}（{region}）：{year} 年 {value}（《{document}》）约为 {previousYear} 年 {previousValue}（《{previousDocument}》）的 {factor} 倍：单位或数字是否有误？',
    'check.magnitude.jumpDown':
      '{indicator}（{region}）：{year} 年 {value}（《{document}》）约为 {previousYear} 年 {previousValue}（《{previousDocument}》）的 {factor} 分之一：单位或数字是否有误？',
  },
};
