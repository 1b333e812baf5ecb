import { foldWidth } from '../numbers/index.ts';
import type { Quantity } from '../numbers/index.ts';

/**
 * The number of a quantity as the report wrote it, without unit or approx mark: 172.9 亿元 → "172.9",
 * １７２.９ → "１７２.９", 千亿 → "千", 200多家 → "200", 1.1万余座 → "1.1". 百分之五 stays whole (its
 * unit is part of the numeral).
 */
export function writtenValue(q: Quantity): string {
  if (/^[百千]分之/.test(q.text)) return q.text;
  let written = q.text;
  if (q.approx) {
    const at = written.lastIndexOf(q.approx);
    if (at > 0) written = written.slice(0, at) + written.slice(at + 1);
  }
  if (q.unit !== '' && foldWidth(written).endsWith(q.unit)) written = written.slice(0, written.length - q.unit.length);
  return written.trim();
}
