import { buildCodePointIndex, type CodePointIndex } from '../text/codePoints.ts';
import type { Offset, RawUtf16, Span, TextSide } from '../text/offsets.ts';
import { decodeAs } from '../text/decodeSource.ts';
import { applyCorrections } from '../corrections/correctionSet.ts';
import { editsInterfere } from '../corrections/correction.ts';
import { valueInEvidence } from '../records/valueInEvidence.ts';
import type { Dataset, DatasetSource } from './dataset.ts';

/**
 * Re-checks an exported dataset against the source bytes: each source's sha256 and decoding, each correction's
 * `before` against the raw text, each quote (and its context) against the raw slice, and each corrected quote
 * against the corrected text rebuilt from the listed corrections, and each record's value and unit against its
 * corrected quotes (unless the record says why its value differs). Pure: the caller reads files and hashes them.
 */
export interface SourceBytes {
  bytes: Uint8Array;
  sha256: string;
  path: string;
}

export interface VerifyProblem {
  kind: 'source' | 'correction' | 'record' | 'format';
  id: string;
  message: string;
}

export interface VerifyReport {
  ok: boolean;
  checked: { sources: number; corrections: number; records: number; spans: number };
  problems: VerifyProblem[];
}

interface SourceText {
  raw: string;
  rawIndex: CodePointIndex<'raw'>;
  corrected: string;
  correctedIndex: CodePointIndex<'corrected'>;
}

export function verifyDataset(dataset: Dataset, findSource: (src: DatasetSource) => SourceBytes | null): VerifyReport {
  const problems: VerifyProblem[] = [];
  const checked = { sources: 0, corrections: 0, records: 0, spans: 0 };
  const problem = (kind: VerifyProblem['kind'], id: string, message: string) => problems.push({ kind, id, message });

  if (dataset?.offsetUnit !== 'codepoint' || !Array.isArray(dataset.sources) || !Array.isArray(dataset.records) || !Array.isArray(dataset.corrections)) {
    problem('format', '-', 'not a dataset.json export (expected offsetUnit "codepoint" with sources, records and corrections)');
    return { ok: false, checked, problems };
  }

  const texts = new Map<string, SourceText>();
  for (const src of dataset.sources) {
    checked.sources++;
    const found = findSource(src);
    if (!found) {
      problem('source', src.docId, `no file with sha256 ${src.sha256} (${src.fileName}) among the sources`);
      continue;
    }
    if (found.sha256 !== src.sha256) {
      problem('source', src.docId, `${found.path}: sha256 is ${found.sha256}, the export says ${src.sha256}`);
      continue;
    }
    const decoded = decodeAs(found.bytes, src.encoding);
    if (!decoded.ok) {
      problem('source', src.docId, `${found.path} does not decode as ${src.encoding}: ${decoded.reason}`);
      continue;
    }
    const raw = decoded.text;
    const rawIndex = buildCodePointIndex(raw, 'raw');
    if (rawIndex.length !== src.length) problem('source', src.docId, `raw text has ${rawIndex.length} code points, the export says ${src.length}`);

    // Rebuild the corrected text from this document's corrections, checking each against the raw text.
    const edits: { id: string; start: RawUtf16; end: RawUtf16; after: string }[] = [];
    for (const c of dataset.corrections.filter((x) => x.docId === src.docId)) {
      checked.corrections++;
      const range = toUtf16Range(rawIndex, c.start, c.end);
      if (!range) {
        problem('correction', c.id, `range ${c.start}..${c.end} is outside the raw text`);
        continue;
      }
      const actual = raw.slice(range.start, range.end);
      if (actual !== c.before) {
        problem('correction', c.id, `"before" does not match the raw text at ${c.start}..${c.end}: expected ${JSON.stringify(c.before)}, found ${JSON.stringify(actual)}`);
        continue;
      }
      const clash = edits.find((e) => editsInterfere(e, range));
      if (clash) {
        problem('correction', c.id, `overlaps correction ${clash.id}`);
        continue;
      }
      edits.push({ id: c.id, ...range, after: c.after });
    }
    const corrected = applyCorrections(raw, edits);
    texts.set(src.docId, { raw, rawIndex, corrected, correctedIndex: buildCodePointIndex(corrected, 'corrected') });
  }

  const correctionIds = new Set(dataset.corrections.map((c) => c.id));
  for (const r of dataset.records) {
    checked.records++;
    const t = texts.get(r.docId);
    if (!t) {
      if (!dataset.sources.some((s) => s.docId === r.docId)) problem('record', r.id, `its document ${r.docId} is not among the sources`);
      continue;
    }
    for (const id of r.corrections) if (!correctionIds.has(id)) problem('record', r.id, `lists correction ${id}, which is not in the export`);
    r.evidence.forEach((e, i) => {
      checked.spans++;
      const where = `${r.id} evidence ${i + 1}`;
      const range = toUtf16Range(t.rawIndex, e.start, e.end);
      if (!range) return void problem('record', r.id, `${where}: ${e.start}..${e.end} is outside the raw text`);
      const quote = t.raw.slice(range.start, range.end);
      if (quote !== e.quote) return void problem('record', r.id, `${where}: quote ${JSON.stringify(e.quote)} does not match the raw text at ${e.start}..${e.end} (${JSON.stringify(quote)})`);
      if (!t.raw.slice(0, range.start).endsWith(e.prefix) || !t.raw.slice(range.end).startsWith(e.suffix)) {
        problem('record', r.id, `${where}: prefix/suffix do not match the text around the quote`);
      }
      const cRange = toUtf16Range(t.correctedIndex, e.correctedStart, e.correctedEnd);
      if (!cRange) return void problem('record', r.id, `${where}: corrected ${e.correctedStart}..${e.correctedEnd} is outside the corrected text`);
      const cQuote = t.corrected.slice(cRange.start, cRange.end);
      if (cQuote !== e.correctedQuote) {
        problem('record', r.id, `${where}: corrected quote ${JSON.stringify(e.correctedQuote)} does not match the rebuilt corrected text (${JSON.stringify(cQuote)})`);
      }
    });
    const quotes = r.evidence.map((e) => e.correctedQuote);
    if (!r.valueDiffers?.reason && !valueInEvidence(r, quotes)) {
      problem('record', r.id, `value ${r.value}${r.unit ? ' ' + r.unit : ''} is not written in its quote ${JSON.stringify(quotes.join(' … '))} and no reason says why it differs`);
    }
  }
  return { ok: problems.length === 0, checked, problems };
}

/** A span of the file (code points, whatever the file says) in UTF-16 of the text, or null when it does not fit. */
function toUtf16Range<S extends TextSide>(index: CodePointIndex<S>, start: Offset<S, 'codePoint'>, end: Offset<S, 'codePoint'>): Span<Offset<S, 'utf16'>> | null {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > index.length) return null;
  return { start: index.toUtf16(start), end: index.toUtf16(end) };
}
