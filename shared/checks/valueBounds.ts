/**
 * What a qualified value claims, as an interval: 突破 170 亿元 is at least 170, 4% 以内 at most 4, 5% 左右
 * about 5. Two statements conflict only when their intervals cannot both hold.
 */
export interface Bounds {
  low: number;
  high: number;
}

const AT_LEAST = ['以上', '突破', '超过', '不低于', '不少于', '逾', '超', '余', '多'];
const AT_MOST = ['以下', '以内', '之内', '不超过'];
const JUST_BELOW = ['近', '接近'];
const ABOUT = ['左右', '上下', '约', '预计', '力争'];
/** How far 左右 / 约 may stray, relative to the value. */
const ABOUT_TOLERANCE = 0.1;

export function valueBounds(amount: number, qualifier: string): Bounds {
  const q = qualifier.trim();
  if (AT_LEAST.includes(q)) return { low: amount, high: Infinity };
  if (AT_MOST.includes(q)) return { low: -Infinity, high: amount };
  const slack = Math.abs(amount) * ABOUT_TOLERANCE;
  if (JUST_BELOW.includes(q)) return { low: amount - slack, high: amount };
  if (ABOUT.includes(q)) return { low: amount - slack, high: amount + slack };
  return { low: amount, high: amount };
}

/** Conversions between units (斤 → kg) leave rounding dust; equal to one part in a billion is equal. */
const RELATIVE_EPSILON = 1e-9;

export function boundsOverlap(a: Bounds, b: Bounds): boolean {
  const eps = RELATIVE_EPSILON * Math.max(1, finite(a.low), finite(b.low), finite(a.high), finite(b.high));
  return a.low <= b.high + eps && b.low <= a.high + eps;
}

function finite(x: number): number {
  return Number.isFinite(x) ? Math.abs(x) : 0;
}
