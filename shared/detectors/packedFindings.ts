import type { Reason, ReasonParams } from '../explain/reason.ts';
import { DEFECT_TYPES, type DefectType, type Finding, type TextRange } from './types.ts';

/**
 * Findings as a few flat arrays, for crossing a thread boundary: a 50 MB report has half a million findings,
 * and copying them as objects (every key of every finding, its reason and its ranges) cost more than finding
 * them. A finding's `text` is not carried: it is `text.slice(start, end)` of the scanned text, which the
 * receiver has.
 */
export interface PackedFindings {
  count: number;
  ids: string[];
  /** Index into DEFECT_TYPES. */
  types: Uint8Array;
  /** start, end of finding i at 2i, 2i + 1. */
  spans: Int32Array;
  confidences: Float64Array;
  replacements: string[];
  reasons: string[];
  /** The reason codes: the distinct codes, and the index of each finding's among them. */
  reasonCodeNames: string[];
  reasonCodeOf: Uint16Array;
  /**
   * Each finding's reason parameters (null when it has none), a JSON array in finding order as UTF-8 bytes:
   * one native parse instead of an object copy each, and a third of the size of the codes' JSON as text
   * (a single Chinese parameter makes a JavaScript string two bytes a character throughout).
   */
  reasonParams: Uint8Array;
  /** Related ranges of finding i: relatedSpans[2k], relatedSpans[2k + 1] for k from relatedFrom[i] to relatedFrom[i + 1]. */
  relatedFrom: Int32Array;
  relatedSpans: Int32Array;
  /** Which findings have a `related` list at all (an empty list and none differ in the object form). */
  hasRelated: Uint8Array;
}

const TYPE_INDEX = new Map<DefectType, number>(DEFECT_TYPES.map((t, i) => [t, i]));

/**
 * Packs findings given without their text (a detector's drafts), each finding's id and confidence read
 * through `idOf` and `confidenceOf`, so a caller holding ids apart need not copy every draft to add them.
 */
export function packFindings<F extends Omit<Finding, 'text' | 'id'>>(
  findings: readonly F[], idOf: (f: F, i: number) => string, confidenceOf: (f: F) => number = (f) => f.confidence,
): PackedFindings {
  const count = findings.length;
  const types = new Uint8Array(count);
  const spans = new Int32Array(2 * count);
  const confidences = new Float64Array(count);
  const relatedFrom = new Int32Array(count + 1);
  const hasRelated = new Uint8Array(count);
  let relatedTotal = 0;
  for (const f of findings) relatedTotal += f.related?.length ?? 0;
  const relatedSpans = new Int32Array(2 * relatedTotal);
  const ids: string[] = new Array<string>(count);
  const replacements: string[] = new Array<string>(count);
  const reasons: string[] = new Array<string>(count);
  const codeIndex = new Map<string, number>();
  const reasonCodeNames: string[] = [];
  const reasonCodeOf = new Uint16Array(count);
  const params: (ReasonParams | null)[] = new Array<ReasonParams | null>(count);
  let r = 0;
  findings.forEach((f, i) => {
    ids[i] = idOf(f, i);
    types[i] = TYPE_INDEX.get(f.type) as number;
    spans[2 * i] = f.start;
    spans[2 * i + 1] = f.end;
    confidences[i] = confidenceOf(f);
    replacements[i] = f.replacement;
    reasons[i] = f.reason;
    let code = codeIndex.get(f.reasonCode.code);
    if (code === undefined) {
      code = reasonCodeNames.push(f.reasonCode.code) - 1;
      codeIndex.set(f.reasonCode.code, code);
    }
    reasonCodeOf[i] = code;
    params[i] = f.reasonCode.params ?? null;
    relatedFrom[i] = r;
    if (f.related) {
      hasRelated[i] = 1;
      for (const range of f.related) {
        relatedSpans[2 * r] = range.start;
        relatedSpans[2 * r + 1] = range.end;
        r += 1;
      }
    }
  });
  relatedFrom[count] = r;
  return {
    count, ids, types, spans, confidences, replacements, reasons,
    reasonCodeNames, reasonCodeOf, reasonParams: new TextEncoder().encode(JSON.stringify(params)),
    relatedFrom, relatedSpans, hasRelated,
  };
}

/** The findings again, each with its text sliced from the scanned `text`: the inverse of packFindings. */
export function unpackFindings(packed: PackedFindings, text: string): Finding[] {
  const findings: Finding[] = [];
  forEachFinding(packed, text, (f) => findings.push(f));
  return findings;
}

/** Each finding in turn, made only when visited: a receiver building its own objects keeps one at a time. */
export function forEachFinding(packed: PackedFindings, text: string, visit: (finding: Finding) => void): void {
  const params = JSON.parse(new TextDecoder().decode(packed.reasonParams)) as (ReasonParams | null)[];
  for (let i = 0; i < packed.count; i += 1) {
    const start = packed.spans[2 * i] as number;
    const end = packed.spans[2 * i + 1] as number;
    const finding: Finding = {
      id: packed.ids[i] as string,
      type: DEFECT_TYPES[packed.types[i] as number] as DefectType,
      start,
      end,
      text: text.slice(start, end),
      replacement: packed.replacements[i] as string,
      confidence: packed.confidences[i] as number,
      reason: packed.reasons[i] as string,
      reasonCode: reasonOf(packed.reasonCodeNames[packed.reasonCodeOf[i] as number] as string, params[i] ?? null),
    };
    if (packed.hasRelated[i] === 1) finding.related = relatedOf(packed, i);
    visit(finding);
  }
}

/** The reason as the detector gave it: `{ code }` alone when it had no parameters (see explain/reason.ts). */
function reasonOf(code: string, params: ReasonParams | null): Reason {
  return params === null ? { code } : { code, params };
}

function relatedOf(packed: PackedFindings, i: number): TextRange[] {
  const ranges: TextRange[] = [];
  for (let k = packed.relatedFrom[i] as number; k < (packed.relatedFrom[i + 1] as number); k += 1) {
    ranges.push({ start: packed.relatedSpans[2 * k] as number, end: packed.relatedSpans[2 * k + 1] as number });
  }
  return ranges;
}
