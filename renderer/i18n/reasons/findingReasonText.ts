import type { FindingView } from '../../../shared/api/views.ts';
import type { Language } from '../language.ts';
import { findingReasons } from './findingReasons.ts';
import { reasonText } from './reasonText.ts';

/** Why a repair is proposed, in the reviewer's language; the detector's English only for a finding without a code. */
export function findingReasonText(finding: Pick<FindingView, 'reason' | 'reasonCode'>, language: Language): string {
  return finding.reasonCode ? reasonText([findingReasons], language, finding.reasonCode) : finding.reason;
}
