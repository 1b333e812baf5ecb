/** Every reason code the consistency checks emit; the renderer's table translates each (a test keeps them in step). */
export const CONSISTENCY_REASON_CODES = [
  'check.conflict', 'check.duplicate_statement', 'check.value_not_in_evidence',
  'check.unit_mismatch.growth', 'check.unit_mismatch.rate', 'check.unit_mismatch.share', 'check.unit_mismatch.level',
  'check.unit_mismatch.count', 'check.unit_mismatch.codebook',
] as const;
