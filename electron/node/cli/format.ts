import type { CorrectionView, DocumentSummary, FindingView, ImportReport, RecordView, SuggestionView } from '../../../shared/api/views.ts';
import type { ChecksPage } from '../../../shared/checks/index.ts';
import { DETAIL_FIELDS } from '../../../shared/document/detailGuess.ts';

/** Human-readable output; --json prints the API values as they are instead. */

export function formatImport(r: ImportReport): string {
  const lines: string[] = [];
  for (const d of r.imported) lines.push(`imported  ${d.docId}  ${d.fileName}  (${d.encoding}, ${d.length} code points, sha256 ${d.sha256.slice(0, 12)}…)`);
  for (const d of r.duplicates) lines.push(`duplicate ${d.fileName}: identical bytes are already imported as ${d.existingDocId}`);
  for (const f of r.failed) lines.push(`failed    ${f.fileName}: ${f.reason}`);
  return lines.join('\n');
}

export function formatDocs(docs: DocumentSummary[]): string {
  if (docs.length === 0) return '(no documents)';
  return docs.map((d) => {
    if (d.error) return `${d.docId}  CANNOT BE OPENED: ${d.error}`;
    const counts = Object.entries(d.counts).filter(([, n]) => n > 0).map(([s, n]) => `${s} ${n}`).join(', ') || 'no records';
    return [
      `${d.docId}  ${d.title}`,
      `  file ${d.fileName}  region ${d.region || '?'}  reviews ${d.yearsReviewed.join(',') || '?'}  plans ${d.yearsPlanned.join(',') || '?'}`,
      `  ${d.encoding}, ${d.length} code points, sha256 ${d.sha256}`,
      `  records: ${counts}; active corrections: ${d.activeCorrections}` + (d.reanchorQueue ? `; ${d.reanchorQueue} to re-anchor` : ''),
      ...formatGuesses(d),
    ].join('\n');
  }).join('\n');
}

export function formatRecord(r: RecordView): string {
  const spans = r.evidence.map((e) => `${e.start}-${e.end} “${e.quote}”` + (e.correctedQuote !== e.quote ? ` → corrected ${e.correctedStart}-${e.correctedEnd} “${e.correctedQuote}”` : ` (corrected ${e.correctedStart}-${e.correctedEnd})`));
  const who = r.verifiedBy ? `verified by ${r.verifiedBy} at ${r.verifiedAt}` : `created by ${r.createdBy} at ${r.createdAt}`;
  const review = r.review ? ` [was ${r.review.previousStatus}; touched by ${r.review.correctionIds.join(', ')}; reviewed text “${r.reviewedText.join(' | ')}”]` : '';
  return [
    `${r.id}  ${r.status}${review}`,
    `  ${r.indicator}  ${r.region} ${r.year ?? ''} ${r.kind}/${r.measure}  ${r.qualifier ? r.qualifier + ' ' : ''}${r.value} ${r.unit}` +
      (r.valueNormalized ? `  (= ${r.valueNormalized} ${r.baseUnit})` : ''),
    ...spans.map((s) => `  evidence ${s}`),
    ...(r.valueDiffers ? [`  value differs from the text: ${r.valueDiffers.reason} (${r.valueDiffers.by} at ${r.valueDiffers.at})`] : []),
    `  ${who}`,
  ].join('\n');
}

export function formatCorrection(c: CorrectionView): string {
  const where = c.correctedStart === null ? '' : ` (corrected ${c.correctedStart}-${c.correctedEnd})`;
  const affected = c.affectedRecords?.length ? `\n  records: ${c.affectedRecords.map((a) => `${a.id} → ${a.status}`).join(', ')}` : '';
  return `${c.id}  ${c.state}  ${c.kind}  ${c.start}-${c.end}${where}  ${JSON.stringify(c.before)} → ${JSON.stringify(c.after)}\n  by ${c.author} at ${c.at}${c.reason ? `: ${c.reason}` : ''}${affected}`;
}

export function formatSuggestion(s: SuggestionView): string {
  const state = s.recordedAs ? `recorded as ${s.recordedAs}` : s.dismissed ? 'rejected' : `confidence ${s.confidence.toFixed(2)}`;
  return `${s.id}  ${s.indicator}  ${s.year ?? ''} ${s.kind}/${s.measure}  ${s.qualifier ? s.qualifier + ' ' : ''}${s.value} ${s.unit}  (${state})\n` +
    `  evidence ${s.evidence.start}-${s.evidence.end} “${s.evidence.quote}”`;
}

/** A defect finding on one line: where, what, the proposed repair (both cut at 40 characters), why. */
export function formatFinding(f: FindingView): string {
  const cut = (s: string) => JSON.stringify(s.length > 40 ? s.slice(0, 39) + '…' : s);
  return `${f.id}  ${f.type}  ${f.start}-${f.end}  ${cut(f.text)} → ${cut(f.replacement)}  (${f.confidence.toFixed(2)}) ${f.reason}`;
}

/** Unconfirmed unsure guesses, each with its reason code and evidence line (code points). */
function formatGuesses(d: DocumentSummary): string[] {
  if (!d.detailGuesses || d.detailsConfirmed) return d.detailsConfirmed ? [`  details confirmed by ${d.detailsConfirmed.by} at ${d.detailsConfirmed.at}`] : [];
  return DETAIL_FIELDS.filter((f) => d.detailGuesses![f].sureness === 'unsure').map((f) => {
    const g = d.detailGuesses![f];
    const line = g.evidence ? ` from ${g.evidence.start}-${g.evidence.end} “${g.evidence.text.slice(0, 40)}”` : '';
    return `  unsure ${f} (${g.reason.code})${line}; confirm with: meta --confirm`;
  });
}

export function formatDraftYears(drafts: { recordIds: string[]; applied: boolean }): string {
  if (drafts.recordIds.length === 0) return '';
  return drafts.applied
    ? `\nmoved ${drafts.recordIds.length} draft record(s) to the new years`
    : `\n${drafts.recordIds.length} draft record(s) still carry the old years; add --update-drafts to move them`;
}

/** One line per finding (id, severity, type, message, the records it names), then where the page sits in all. */
export function formatChecksPage(page: ChecksPage): string {
  if (page.total === 0) return 'no problems found';
  const lines = page.findings.map((f) => {
    const more = f.recordCount > f.recordIds.length ? ` … ${f.recordCount - f.recordIds.length} more` : '';
    return `${f.id}  ${f.severity.padEnd(7)} ${f.type}${f.dismissed ? ' (dismissed)' : ''}: ${f.message}  [${f.recordIds.join(', ')}${more}]`;
  });
  const end = page.offset + page.findings.length;
  if (page.offset > 0 || end < page.total) lines.push(`findings ${page.offset + 1}–${end} of ${page.total}${end < page.total ? ` (more with --offset ${end})` : ''}`);
  return lines.join('\n');
}
