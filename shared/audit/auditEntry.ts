/**
 * The audit log of one document: one entry per user action, with every entity it changed (before and after).
 * Undo and redo are actions too, so the history (and the undo stack) survives restarts and stays honest.
 */
export type AuditEntity = 'record' | 'correction' | 'document' | 'dismissal' | 'reanchor';

export interface AuditChange {
  entity: AuditEntity;
  id: string;
  /** null when the action created the entity. */
  before: unknown;
  /** null when the action deleted the entity. */
  after: unknown;
}

export interface AuditEntry {
  seq: number;
  at: string;
  by: string;
  /** e.g. record.add, record.verify, correction.add, correction.revert, document.update, undo, redo */
  action: string;
  /** Free text shown in the history ("verify 地区生产总值 172.9 亿元"). */
  summary: string;
  changes: AuditChange[];
  /** For undo / redo: the seq of the entry being undone or redone. */
  target?: number;
}
