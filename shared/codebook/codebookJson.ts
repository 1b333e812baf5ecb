import { errorReason, type ErrorReasonCode } from '../errors/errorReasons.ts';
import { refusal } from '../errors/workbenchError.ts';
import type { WorkbenchError } from '../errors/workbenchError.ts';
import type { ReasonParams } from '../explain/reason.ts';
import { parseUnit } from '../numbers/index.ts';
import { RECORD_MEASURES } from '../records/indicatorRecord.ts';
import type { RecordMeasure } from '../records/indicatorRecord.ts';
import type { Codebook, CodebookEntry } from './codebook.ts';
import { DEFAULT_HEADLINES } from './defaultHeadlines.ts';
import { foldTerm } from './termIndex.ts';

/** Version of the exported file, so a later format can still read today's exports. */
export const CODEBOOK_FORMAT = 'indicator-workbench/codebook';
export const CODEBOOK_VERSION = 2;

interface CodebookFile {
  format: typeof CODEBOOK_FORMAT;
  version: number;
  entries: CodebookEntry[];
}

export function codebookToJson(codebook: Codebook): string {
  const file: CodebookFile = {
    format: CODEBOOK_FORMAT,
    version: CODEBOOK_VERSION,
    entries: codebook.map((e) => ({
      name: e.name, synonyms: [...e.synonyms], measures: [...e.measures], units: [...e.units],
      ...(e.group !== undefined ? { group: e.group } : {}),
      ...(e.parts ? { parts: [...e.parts] } : {}),
      ...(e.headline ? { headline: true } : {}),
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** What is wrong with a codebook, with the entry it is in, said in the reviewer's language where the window shows it. */
const invalid = (code: ErrorReasonCode, params?: ReasonParams): WorkbenchError => refusal('INVALID_INPUT', errorReason(code, params));

/**
 * Reads a codebook export. Accepts the exported file or a bare array of entries. Every problem is reported
 * with the entry it is in; names and synonyms must be unique across the codebook so a mention resolves to
 * one indicator only.
 */
export function codebookFromJson(json: string): Codebook {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw invalid('codebook.notJson', { cause: e instanceof Error ? e.message : String(e) });
  }
  const rawEntries = Array.isArray(data) ? data : readFileObject(data);
  const read = rawEntries.map((raw, i) => readEntry(raw, i));
  // Before version 2 the headline indicators were a fixed list, not a flag: such a file is read with that list.
  const version = !Array.isArray(data) && isObject(data) && typeof data.version === 'number' ? data.version : 1;
  const flagged = rawEntries.some((raw) => isObject(raw) && raw.headline !== undefined);
  const entries = version < 2 && !flagged ? read.map((e) => (DEFAULT_HEADLINES.includes(e.name) ? { ...e, headline: true } : e)) : read;
  checkUnique(entries);
  checkParts(entries);
  return entries;
}

function readFileObject(data: unknown): unknown[] {
  if (!isObject(data)) throw invalid('codebook.notAnObject');
  if (data.format !== undefined && data.format !== CODEBOOK_FORMAT) throw invalid('codebook.unknownFormat', { format: String(data.format) });
  if (typeof data.version === 'number' && data.version > CODEBOOK_VERSION) {
    throw invalid('codebook.newerVersion', { version: data.version, current: CODEBOOK_VERSION });
  }
  if (!Array.isArray(data.entries)) throw invalid('codebook.entriesNotArray');
  return data.entries;
}

function readEntry(raw: unknown, i: number): CodebookEntry {
  const entry = i + 1;
  if (!isObject(raw)) throw invalid('codebook.entryNotObject', { entry });
  const name = typeof raw.name === 'string' ? raw.name.trim() : '';
  if (name === '') throw invalid('codebook.entryNoName', { entry });
  const at = { entry, name };
  const synonyms = stringList(raw.synonyms ?? [], at, 'synonyms').map((s) => s.trim());
  if (synonyms.some((s) => s === '')) throw invalid('codebook.emptySynonym', at);
  const measures = stringList(raw.measures ?? [], at, 'measures');
  const unknownMeasure = measures.find((m) => !(RECORD_MEASURES as readonly string[]).includes(m));
  if (unknownMeasure !== undefined) {
    throw invalid('codebook.unknownMeasure', { ...at, measure: unknownMeasure, expected: RECORD_MEASURES.join(', ') });
  }
  const units = stringList(raw.units ?? [], at, 'units').map((u) => u.trim());
  const unknownUnit = units.find((u) => u === '' || parseUnit(u) === null);
  if (unknownUnit !== undefined) throw invalid('codebook.unknownUnit', { ...at, unit: unknownUnit });
  if (raw.group !== undefined && typeof raw.group !== 'string') throw invalid('codebook.groupNotString', at);
  if (raw.headline !== undefined && typeof raw.headline !== 'boolean') throw invalid('codebook.headlineNotBoolean', at);
  const parts = raw.parts === undefined ? undefined : stringList(raw.parts, at, 'parts');
  return {
    name, synonyms, measures: measures as RecordMeasure[], units,
    ...(typeof raw.group === 'string' ? { group: raw.group } : {}),
    ...(parts ? { parts } : {}),
    ...(raw.headline === true ? { headline: true } : {}),
  };
}

function checkUnique(entries: readonly CodebookEntry[]): void {
  const owner = new Map<string, string>();
  for (const e of entries) {
    for (const term of new Set([e.name, ...e.synonyms].map(foldTerm))) {
      const other = owner.get(term);
      if (other !== undefined) throw invalid('codebook.termUsedTwice', { term, first: other, second: e.name });
      owner.set(term, e.name);
    }
  }
}

function checkParts(entries: readonly CodebookEntry[]): void {
  const names = new Set(entries.map((e) => e.name));
  for (const e of entries) {
    const missing = e.parts?.find((p) => !names.has(p));
    if (missing !== undefined) throw invalid('codebook.unknownPart', { name: e.name, part: missing });
  }
}

function stringList(value: unknown, at: { entry: number; name: string }, field: string): string[] {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw invalid('codebook.notStringList', { ...at, field });
  return value as string[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
