import type { AuditEntry } from './auditEntry.ts';

/**
 * What is wrong with one line of an audit log read from disk, or undefined when it is a sound entry that
 * follows `previous`. Sequence numbers run 1, 2, 3 … without gaps, so a gap or a repeat means lost or
 * misplaced lines.
 */
export function auditEntryProblem(value: unknown, previous: AuditEntry | undefined): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'not an audit entry (expected a JSON object)';
  const { seq, action, changes } = value as Record<string, unknown>;
  if (typeof seq !== 'number' || !Number.isInteger(seq) || seq < 1) return 'no valid "seq" number';
  if (typeof action !== 'string') return 'no "action"';
  if (!Array.isArray(changes)) return 'no "changes" list';
  if (previous !== undefined && seq !== previous.seq + 1) return `sequence number ${seq} follows ${previous.seq}`;
  return undefined;
}
