import { reason, type Reason, type ReasonParams } from '../explain/reason.ts';
import type { DefectType } from './types.ts';

/**
 * Every reason a detector can give, as `finding.<type>.<variant>`. The detectors can only name variants listed
 * here (the types check it), and the renderer's table translates exactly these codes.
 */
export const FINDING_REASON_VARIANTS = {
  duplicate: ['paragraph', 'paragraphWithRecordsLater', 'sentence', 'joinedLines', 'title'],
  broken_line: ['closingPunctuation', 'openEnd', 'unclosedBracket', 'runningText', 'clause', 'dateline', 'isolatedWord'],
  caption: ['interrupts', 'photoCredit', 'tight', 'trailing', 'block', 'photoLine'],
  fragment: ['continuesCut', 'strayPiece', 'seriesOrder'],
  markup: [
    'escapedLineBreak', 'escapedTab', 'headingMark', 'bold', 'emphasis', 'codeSpan', 'image', 'link', 'rule', 'quoteMark',
    'tableRule', 'latexMaths', 'latexScript', 'latexCommand', 'latexSymbol', 'latexEscape', 'htmlTag', 'htmlEntity',
  ],
  boilerplate: [
    'publicationDate', 'viewCounter', 'byline', 'pageTools', 'fontSize', 'navigation', 'breadcrumb', 'credit',
    'siteFooter', 'disclaimer', 'pageNumber', 'pageHeader', 'masthead', 'timestamp', 'relatedList', 'runningHeader',
  ],
  typo: ['stutter', 'sameContext', 'straySpace'],
} as const satisfies Record<DefectType, readonly string[]>;

export type ReasonVariant<T extends DefectType> = (typeof FINDING_REASON_VARIANTS)[T][number];

export function findingReason<T extends DefectType>(type: T, variant: ReasonVariant<T>, params?: ReasonParams): Reason {
  return reason(`finding.${type}.${variant}`, params);
}

export const FINDING_REASON_CODES: readonly string[] = Object.entries(FINDING_REASON_VARIANTS)
  .flatMap(([type, variants]) => variants.map((v) => `finding.${type}.${v}`));
