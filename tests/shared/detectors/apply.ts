import type { Finding } from '../../../shared/detectors/index.ts';

/** The text with one finding's replacement applied. */
export function apply(text: string, f: Pick<Finding, 'start' | 'end' | 'replacement'>): string {
  return text.slice(0, f.start) + f.replacement + text.slice(f.end);
}
