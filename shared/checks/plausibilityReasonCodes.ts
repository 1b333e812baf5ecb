/** Every reason code the plausibility checks emit; the renderer's table translates each (a test keeps them in step). */
export const PLAUSIBILITY_REASON_CODES = [
  'check.levelGrowth.mismatch', 'check.levelGrowth.mismatchAtCurrentPrices',
  'check.targetFar.level', 'check.targetFar.rate',
  'check.magnitude.unitJump', 'check.magnitude.jumpUp', 'check.magnitude.jumpDown',
] as const;
