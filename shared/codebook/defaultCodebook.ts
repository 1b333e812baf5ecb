import type { Codebook } from './codebook.ts';
import { DEFAULT_HEADLINES } from './defaultHeadlines.ts';
import { DEMAND } from './entries/demand.ts';
import { ECONOMY } from './entries/economy.ts';
import { SOCIETY } from './entries/society.ts';

/**
 * Headline indicators of Chinese regional statistics (统计公报 and 政府工作报告 usage), with the spellings
 * reports commonly use. General knowledge of the statistical system, not taken from any one report; projects
 * extend it by import, and statements of indicators it lacks are still suggested under the name as written.
 *
 * Synonyms are kept specific on purpose: a bare word such as 投资 or 产量 would match inside unrelated
 * phrases (高技术产业投资, 地方煤矿产量). Elliptical follow-ups (…面积 83 万亩，总产量 4.7 亿斤) are
 * resolved by the suggester from the preceding mention instead. Where two entries could claim one spelling,
 * the first listed keeps it.
 */
export const DEFAULT_CODEBOOK: Codebook = [...ECONOMY, ...DEMAND, ...SOCIETY]
  .map((e) => (DEFAULT_HEADLINES.includes(e.name) ? { ...e, headline: true } : e));
